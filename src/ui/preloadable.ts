import { createElement, lazy, type ComponentProps, type ComponentType } from 'react';
import { ChunkFailed } from './chunk-failed';

/** A lazily loaded component that can be fetched ahead of its first render. */
export type Preloadable<P extends object> = ComponentType<P> & {
  /** Fetches and evaluates the component's module (once); resolves when it can render at once. */
  preload: () => Promise<unknown>;
};

/**
 * Like React.lazy, with two differences that keep a tap from waiting on a loading hold
 * (docs/architecture.md, performance): `preload()` fetches the module before it is needed (when
 * the app is idle, or on pointer-down of a link), and once it has arrived the component renders
 * synchronously. React.lazy suspends once on first render even when its module is already
 * loaded, and a Suspense boundary that shows its fallback holds the content back for about
 * 300 ms after that; here the fallback only shows when the code really isn't there yet.
 *
 * When the code can't be fetched at all (a deploy removed the old file, or it was never saved for
 * offline use) the component renders ChunkFailed in its place instead of throwing, so neither a
 * screen, nor a chart, nor something outside every error boundary blanks the app. `level` is 1
 * in place of a whole screen, 2 for a part of one.
 */
export function preloadable<
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
  M extends Record<K, ComponentType<any>>,
  K extends keyof M,
  P extends object = ComponentProps<M[K]>,
>(load: () => Promise<M>, name: K, level: 1 | 2 = 1): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().then(
      (module) => (loaded = module[name] as ComponentType<P>),
      (error: unknown) => {
        // A failed fetch (offline before the service worker cached it) may be tried again.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const failed = () => createElement(ChunkFailed, { level });
  const Lazy = lazy(async (): Promise<{ default: ComponentType<P> }> => {
    try {
      return { default: await preload() };
    } catch {
      return { default: failed };
    }
  });
  function Preloaded(props: P) {
    return createElement(loaded ?? Lazy, props);
  }
  return Object.assign(Preloaded, { preload });
}
