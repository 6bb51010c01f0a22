// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchDom } from '../../../lib/assistant/watch';

let controller: AbortController;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
  controller = new AbortController();
  document.body.innerHTML = '<div id="live"></div><input id="f">';
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

/** A page that adds a node every `everyMs` for `forMs`. */
async function churn(everyMs: number, forMs: number): Promise<void> {
  const live = document.getElementById('live')!;
  for (let t = 0; t < forMs; t += everyMs) {
    live.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(everyMs);
  }
}

describe('watchDom', () => {
  it('one rescan per burst of changes, after the pause', async () => {
    const onChange = vi.fn();
    watchDom(document.documentElement, onChange, controller.signal, { isOwn: () => false });
    document.body.append(document.createElement('p'), document.createElement('p'));
    await vi.advanceTimersByTimeAsync(119);
    expect(onChange).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(onChange).toHaveBeenCalledOnce();
  });

  it('backs off on a page that never stops re-rendering, and starts short again after a quiet second', async () => {
    const onChange = vi.fn();
    watchDom(document.documentElement, onChange, controller.signal, { isOwn: () => false });
    await churn(50, 20_000);
    // Every 120 ms would be ~166 rescans; doubling waits up to 2 s give about a dozen.
    expect(onChange.mock.calls.length).toBeLessThan(20);
    expect(onChange.mock.calls.length).toBeGreaterThan(5);
    await vi.advanceTimersByTimeAsync(3000);
    onChange.mockClear();
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(120);
    expect(onChange).toHaveBeenCalledOnce();
  });

  it('waits at least four times what the last rescan cost', async () => {
    const onChange = vi.fn(() => vi.advanceTimersByTime(300)); // a rescan that took 300 ms
    watchDom(document.documentElement, onChange, controller.signal, { isOwn: () => false, quietMs: 100_000 });
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(120);
    expect(onChange).toHaveBeenCalledTimes(1);
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(1199);
    expect(onChange).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('ignores the assistant’s own nodes', async () => {
    const onChange = vi.fn();
    watchDom(document.documentElement, onChange, controller.signal, {
      isOwn: (node) => node instanceof Element && node.classList.contains('own'),
    });
    const own = document.createElement('div');
    own.className = 'own';
    document.body.append(own);
    await vi.advanceTimersByTimeAsync(500);
    expect(onChange).not.toHaveBeenCalled();
  });
});
