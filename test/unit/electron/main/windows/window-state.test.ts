import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWindowStateStore, DEFAULT_STATE, fitToDisplays, parseWindowState, trackWindowState } from '../../../../../electron/main/windows/window-state';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('parseWindowState', () => {
  it('reads a saved state and keeps the minimum size', () => {
    expect(parseWindowState('{"x":10,"y":20,"width":1400,"height":900,"maximized":true}')).toEqual({ x: 10, y: 20, width: 1400, height: 900, maximized: true });
    expect(parseWindowState('{"width":300,"height":200}')).toEqual({ width: 960, height: 600, maximized: false });
  });

  it.each([undefined, '', 'not json', 'null', '[]', '{"width":"1"}', '{"width":1.5,"height":2}', '{"width":1e9,"height":800}'])('falls back to the default for %s', (text) => {
    expect(parseWindowState(text)).toEqual(DEFAULT_STATE);
  });
});

describe('fitToDisplays', () => {
  const display = { x: 0, y: 0, width: 1920, height: 1080 };

  it('keeps a window that is on a display, capped to its size', () => {
    expect(fitToDisplays({ x: 100, y: 100, width: 3000, height: 900, maximized: false }, [display])).toEqual({ x: 100, y: 100, width: 1920, height: 900, maximized: false });
  });

  it('drops the position of a window on a display that is gone', () => {
    expect(fitToDisplays({ x: 2500, y: 100, width: 1200, height: 800, maximized: true }, [display])).toEqual({ width: 1200, height: 800, maximized: true });
  });
});

describe('the window state store and tracker', () => {
  it('saves the normal bounds on close and loads them back', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-window-'));
    dirs.push(dir);
    const store = createWindowStateStore(dir);
    expect(store.load()).toEqual(DEFAULT_STATE);
    const listeners = new Map<string, () => void>();
    const window = {
      on: vi.fn((event: string, listener: () => void) => listeners.set(event, listener)),
      isMaximized: () => true,
      isMinimized: () => false,
      isFullScreen: () => false,
      getNormalBounds: () => ({ x: 5, y: 6, width: 1100, height: 700 }),
    };
    trackWindowState(window, store);
    listeners.get('close')?.();
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'window-state.json'), 'utf8'))).toEqual({ x: 5, y: 6, width: 1100, height: 700, maximized: true });
    expect(store.load()).toEqual({ x: 5, y: 6, width: 1100, height: 700, maximized: true });
  });

  it('saves after moves and resizes settle, and not while minimised', () => {
    vi.useFakeTimers();
    try {
      const save = vi.fn();
      const listeners = new Map<string, () => void>();
      let minimized = false;
      const window = {
        on: (event: string, listener: () => void) => listeners.set(event, listener),
        isMaximized: () => false,
        isMinimized: () => minimized,
        isFullScreen: () => false,
        getNormalBounds: () => ({ x: 1, y: 2, width: 1000, height: 700 }),
      };
      trackWindowState(window, { load: () => DEFAULT_STATE, save }, 100);
      listeners.get('resize')?.();
      listeners.get('move')?.();
      expect(save).not.toHaveBeenCalled();
      vi.advanceTimersByTime(150);
      expect(save).toHaveBeenCalledTimes(1);
      minimized = true;
      listeners.get('close')?.();
      expect(save).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
