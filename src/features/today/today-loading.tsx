import { Loading } from '../../ui/loading';

/**
 * What Today shows until its data is read: the same placeholder while the data panel's code
 * downloads and while IndexedDB answers, so the screen changes once, when the cards arrive.
 */
export function TodayLoading() {
  return <Loading label="Loading your day…" />;
}
