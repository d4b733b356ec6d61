import type { AppEvent } from '../../shared/ipc/contract';

export type EventListener = (event: AppEvent) => void;

/** Fan-out of core events to every connected front door (Electron windows, host SSE clients). */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: AppEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A broken listener (closed window, dropped socket) must not stop the others.
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }
}
