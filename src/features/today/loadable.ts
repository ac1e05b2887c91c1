import { useEffect, useReducer } from 'react';

/** A code chunk imported at most once; `current` holds its module once it has arrived. */
export type Loadable<T> = {
  current: T | undefined;
  /** True once the chunk could not be fetched (an update replaced it): the page says to reload. */
  failed: boolean;
  load: () => Promise<T>;
};

export function loadable<T>(importer: () => Promise<T>): Loadable<T> {
  let loading: Promise<T> | undefined;
  const chunk: Loadable<T> = {
    current: undefined,
    failed: false,
    load: () =>
      (loading ??= importer().then(
        (module) => {
          chunk.current = module;
          return module;
        },
        (error: unknown) => {
          chunk.failed = true;
          throw error;
        },
      )),
  };
  return chunk;
}

/**
 * `chunk`'s module once it has arrived, undefined until then; loaded at once when `now`, otherwise
 * after two seconds (so it is ready before it is needed). No Suspense on purpose: React holds back
 * revealing a Suspense boundary's content for up to 300 ms after its fallback showed, which on
 * Today would delay the first read of IndexedDB by that much.
 */
export function useLoadable<T>(chunk: Loadable<T>, now = true): T | undefined {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (chunk.current) return;
    let live = true;
    const start = () => {
      const show = () => {
        if (live) rerender();
      };
      chunk.load().then(show, show);
    };
    if (now) start();
    const later = now ? undefined : setTimeout(start, 2000);
    return () => {
      live = false;
      clearTimeout(later);
    };
  }, [chunk, now]);
  return chunk.current;
}
