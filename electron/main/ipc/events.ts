import { BrowserWindow } from 'electron';
import type { EventHub } from '../../core/events';
import { EVENT_CHANNEL } from '../../../shared/ipc/channels';

/** Pushes every core event to every live window. Returns the unsubscribe. */
export function forwardEvents(events: EventHub, windows: () => BrowserWindow[] = () => BrowserWindow.getAllWindows()): () => void {
  return events.subscribe((event) => {
    for (const window of windows()) {
      if (window.isDestroyed() || window.webContents.isDestroyed()) continue;
      window.webContents.send(EVENT_CHANNEL, event);
    }
  });
}
