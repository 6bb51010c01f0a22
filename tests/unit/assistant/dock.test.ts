// @vitest-environment happy-dom
/**
 * The dock's bookkeeping (its layout is tested in Chromium, tests/e2e/panel*.spec.ts):
 * reserving the column while the page loads asks for no layout check, showing
 * the panel does, and width 0 gives everything back.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dock } from '../../../lib/assistant/dock';
import { pageStyleText } from './support';

afterEach(() => {
  vi.restoreAllMocks();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('Dock', () => {
  it('reserves the column without a layout check; setWidth schedules one', () => {
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    const dock = new Dock(document);
    dock.reserve(320);
    expect(pageStyleText()).toContain('margin-right:320px');
    expect(frames).not.toHaveBeenCalled();

    dock.setWidth(320);
    expect(frames).toHaveBeenCalledTimes(1);
  });

  it('gives the width back at 0, and a check pending is cancelled on release', () => {
    const cancel = vi.spyOn(window, 'cancelAnimationFrame');
    const dock = new Dock(document);
    dock.setWidth(300);
    dock.release();
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(pageStyleText()).not.toContain('margin-right');
    dock.reserve(0);
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });
});
