import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { denyAllPermissions } from '../../../../../electron/main/security/permissions';

function fakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
}

describe('denyAllPermissions', () => {
  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'display-capture', 'openExternal', 'fullscreen'])(
    'answers a %s request with no',
    (permission) => {
      const session = fakeSession();
      denyAllPermissions(session as unknown as Session);
      const handler = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
        contents: unknown,
        permission: string,
        callback: (granted: boolean) => void,
      ) => void;
      const callback = vi.fn();
      handler({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    },
  );

  it('answers every permission check and device request with false', () => {
    const session = fakeSession();
    denyAllPermissions(session as unknown as Session);
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean;
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean;
    for (const permission of ['media', 'hid', 'serial', 'usb', 'clipboard-sanitized-write']) {
      expect(check(null, permission, 'file://', {})).toBe(false);
    }
    expect(device({ deviceType: 'usb', origin: 'file://' })).toBe(false);
  });
});
