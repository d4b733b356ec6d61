import { vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

export interface FakeNavigationEvent {
  url: string;
  isMainFrame: boolean;
  preventDefault: ReturnType<typeof vi.fn>;
}

export function navigationEvent(url: string, isMainFrame = true): FakeNavigationEvent {
  return { url, isMainFrame, preventDefault: vi.fn() };
}

/** Just enough of Electron's WebContents for the security hooks: listeners and the window-open handler. */
export class FakeWebContents {
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }

  openWindow(url: string): { action: string } {
    if (!this.windowOpenHandler) throw new Error('no window open handler installed');
    return this.windowOpenHandler({ url });
  }
}
