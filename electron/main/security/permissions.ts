import type { Session } from 'electron';

/**
 * The renderer needs no browser permission (camera, notifications, clipboard read, HID, ...): every
 * request and every check is answered "no".
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
