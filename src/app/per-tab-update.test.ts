import { describe, expect, it, vi } from 'vitest';
import { perTabUpdate, TAKE_OVER_WAIT_MS, type UpdateBrowser } from './per-tab-update';

function tab(
  waiting: { postMessage: (message: unknown) => void } | null,
  answer: (worker: ServiceWorker | null) => Promise<ServiceWorker | null> = (worker) =>
    Promise.resolve(worker),
) {
  const timers: { run: () => void; ms: number }[] = [];
  const browser = {
    reload: vi.fn(),
    waitingWorker: vi.fn(() => answer(waiting as ServiceWorker | null)),
    showPrompt: vi.fn(),
    settlePreloads: vi.fn(() => Promise.resolve()),
    setTimer: (run: () => void, ms: number) => timers.push({ run, ms }),
  } satisfies UpdateBrowser;
  return { browser, timers, update: perTabUpdate(browser) };
}

describe('Reload on a new version, in one tab', () => {
  it("lets this tab's preloads settle before the new version is asked to take over", async () => {
    const waiting = { postMessage: vi.fn() };
    const { browser, update } = tab(waiting);
    let settled!: () => void;
    browser.settlePreloads.mockImplementation(
      () =>
        new Promise<void>((resolve) => {
          settled = resolve;
        }),
    );
    const applying = update.apply();
    await Promise.resolve();
    expect(browser.settlePreloads).toHaveBeenCalledOnce();
    expect(waiting.postMessage).not.toHaveBeenCalled();
    settled();
    await applying;
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
  });

  it('asks the waiting version to take over, and reloads once it has', async () => {
    const waiting = { postMessage: vi.fn() };
    const { browser, update } = tab(waiting);
    await update.apply();
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(browser.reload).not.toHaveBeenCalled();
    update.tookOver();
    expect(browser.reload).toHaveBeenCalledOnce();
    expect(browser.showPrompt).not.toHaveBeenCalled();
  });

  it('does not reload a tab whose person did not press Reload: it shows the prompt', () => {
    const { browser, update } = tab({ postMessage: vi.fn() });
    update.tookOver();
    expect(browser.reload).not.toHaveBeenCalled();
    expect(browser.showPrompt).toHaveBeenCalledOnce();
  });

  it('after another tab’s Reload, only loads the version already in control', async () => {
    const waiting = { postMessage: vi.fn() };
    const { browser, update } = tab(waiting);
    update.tookOver();
    await update.apply();
    expect(waiting.postMessage).not.toHaveBeenCalled();
    expect(browser.reload).toHaveBeenCalledOnce();
  });

  it('reloads at once when no version waits any more', async () => {
    const { browser, update } = tab(null);
    await update.apply();
    expect(browser.reload).toHaveBeenCalledOnce();
  });

  it('reloads anyway when the new version has not taken over in time, and only once', async () => {
    const { browser, timers, update } = tab({ postMessage: vi.fn() });
    await update.apply();
    expect(timers.map((timer) => timer.ms)).toEqual([TAKE_OVER_WAIT_MS]);
    timers[0]?.run();
    update.tookOver();
    expect(browser.reload).toHaveBeenCalledOnce();
  });

  it('reloads in time even when the browser never says which version waits', () => {
    const waiting = { postMessage: vi.fn() };
    const { browser, timers, update } = tab(waiting, () => new Promise(() => undefined));
    void update.apply();
    expect(timers.map((timer) => timer.ms)).toEqual([TAKE_OVER_WAIT_MS]);
    timers[0]?.run();
    expect(browser.reload).toHaveBeenCalledOnce();
    expect(waiting.postMessage).not.toHaveBeenCalled();
  });
});
