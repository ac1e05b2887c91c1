import { liveQuery } from 'dexie';
import { db } from '../db';
import { dexieReads } from '../dexie-reads';
import { readToday, type TodayData } from './today-reads';

/**
 * Today's data, live through Dexie: `onData` gets a fresh read at once and again whenever a record
 * it depends on changes, in this tab or another; `onError` when a read fails. Returns the stop.
 * Loaded only once Today has shown its first read (./today-queries), so Dexie is not part of the
 * JavaScript the first screen waits for.
 */
export function watchToday(
  today: string,
  now: () => string,
  onData: (data: TodayData) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() =>
    db.transaction('r', db.tables, () => readToday(dexieReads, today, now())),
  ).subscribe({ next: onData, error: onError });
  return () => {
    subscription.unsubscribe();
  };
}
