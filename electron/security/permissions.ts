// Powermap needs no browser permission (camera, notifications, geolocation, HID, ...): deny all.

export interface PermissionSession {
  setPermissionRequestHandler(
    handler: ((webContents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void) | null,
  ): void;
  setPermissionCheckHandler(handler: ((webContents: unknown, permission: string, origin: string, details: unknown) => boolean) | null): void;
  setDevicePermissionHandler?(handler: ((details: unknown) => boolean) | null): void;
}

export function denyAllPermissions(session: PermissionSession, onDenied?: (permission: string) => void): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    onDenied?.(permission);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
}
