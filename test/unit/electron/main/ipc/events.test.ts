import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { EventHub } from '../../../../../electron/core/events';
import type { AppEvent } from '../../../../../shared/ipc/contract';

const electron = vi.hoisted(() => ({ BrowserWindow: { getAllWindows: vi.fn(() => []) } }));
vi.mock('electron', () => electron);

const { forwardEvents } = await import('../../../../../electron/main/ipc/events');

function fakeWindow(destroyed = false) {
  return { isDestroyed: () => destroyed, webContents: { isDestroyed: () => destroyed, send: vi.fn() } };
}

const event: AppEvent = { type: 'workspace:changed', tenantId: 't1' };

describe('forwardEvents', () => {
  it('sends each core event to every live window on pwb:event', () => {
    const hub = new EventHub();
    const live = [fakeWindow(), fakeWindow()];
    const closed = fakeWindow(true);
    forwardEvents(hub, () => [...live, closed] as unknown as BrowserWindow[]);
    hub.emit(event);
    for (const window of live) expect(window.webContents.send).toHaveBeenCalledWith('pwb:event', event);
    expect(closed.webContents.send).not.toHaveBeenCalled();
  });

  it('uses all BrowserWindows by default and stops after unsubscribe', () => {
    const hub = new EventHub();
    const window = fakeWindow();
    electron.BrowserWindow.getAllWindows.mockReturnValue([window] as never);
    const stop = forwardEvents(hub);
    hub.emit(event);
    stop();
    hub.emit(event);
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
    expect(hub.size).toBe(0);
  });
});
