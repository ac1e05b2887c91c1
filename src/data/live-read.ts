import { useLiveQuery } from 'dexie-react-hooks';

/**
 * A live read of one day, one exercise, one range: undefined while that key's read is under way.
 * Dexie's useLiveQuery keeps the last key's result until the new one is back, so a screen that
 * moves to another day (the browser's Back between two check-ins, another exercise in a session)
 * would be handed the previous day's record for a render, and a form opened from it would start
 * from another day's answers.
 */
export function useLiveRead<T>(read: () => Promise<T>, keys: readonly unknown[]): T | undefined {
  const result = useLiveQuery(async () => ({ keys, value: await read() }), [...keys]);
  if (result === undefined) return undefined;
  return result.keys.length === keys.length &&
    result.keys.every((key, i) => Object.is(key, keys[i]))
    ? result.value
    : undefined;
}
