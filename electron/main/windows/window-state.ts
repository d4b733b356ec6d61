import fs from 'node:fs';
import path from 'node:path';

/** The main window's size and position, remembered in `<userData>/window-state.json`. */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_STATE: WindowState = { width: 1280, height: 820, maximized: false };
export const MIN_SIZE = { width: 960, height: 600 } as const;

const isInt = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 100_000;

/** Parses the file's text; anything malformed gives the default state. */
export function parseWindowState(text: string | undefined): WindowState {
  if (!text) return { ...DEFAULT_STATE };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ...DEFAULT_STATE };
  }
  if (raw === null || typeof raw !== 'object') return { ...DEFAULT_STATE };
  const value = raw as Record<string, unknown>;
  if (!isInt(value.width) || !isInt(value.height)) return { ...DEFAULT_STATE };
  const state: WindowState = {
    width: Math.max(MIN_SIZE.width, value.width),
    height: Math.max(MIN_SIZE.height, value.height),
    maximized: value.maximized === true,
  };
  if (isInt(value.x) && isInt(value.y)) {
    state.x = value.x;
    state.y = value.y;
  }
  return state;
}

/**
 * Keeps a remembered window on screen: the position is dropped (the OS centres the window) unless the
 * window's title bar area lies on one of the displays now attached; the size is capped to that display.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  if (state.x === undefined || state.y === undefined) return state;
  const { x, y } = state;
  const area = workAreas.find((a) => x + 100 > a.x && x < a.x + a.width - 100 && y >= a.y && y < a.y + a.height - 50);
  if (!area) return { width: state.width, height: state.height, maximized: state.maximized };
  return { ...state, width: Math.min(state.width, area.width), height: Math.min(state.height, area.height) };
}

export interface WindowStateStore {
  load(): WindowState;
  save(state: WindowState): void;
}

export function createWindowStateStore(userDataDir: string): WindowStateStore {
  const file = path.join(userDataDir, 'window-state.json');
  return {
    load() {
      try {
        return parseWindowState(fs.readFileSync(file, 'utf8'));
      } catch {
        return { ...DEFAULT_STATE };
      }
    },
    save(state) {
      try {
        fs.mkdirSync(userDataDir, { recursive: true });
        fs.writeFileSync(`${file}.tmp`, JSON.stringify(state));
        fs.renameSync(`${file}.tmp`, file);
      } catch {
        // Remembering the window is a nicety; never fail a quit over it.
      }
    },
  };
}

/** The minimal window surface this module tracks (a BrowserWindow satisfies it). */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'close', listener: () => void): unknown;
  isMaximized(): boolean;
  isMinimized(): boolean;
  isFullScreen(): boolean;
  getNormalBounds(): Rect;
}

/** Saves the window's normal bounds when it closes, and (debounced) while it is moved or resized. */
export function trackWindowState(window: TrackedWindow, store: WindowStateStore, delayMs = 500): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (window.isMinimized() || window.isFullScreen()) return;
    const bounds = window.getNormalBounds();
    store.save({ ...bounds, maximized: window.isMaximized() });
  };
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
    timer.unref?.();
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('close', save);
}
