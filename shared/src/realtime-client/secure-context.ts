/**
 * The ONE place client code may touch browser APIs that exist only in a secure context
 * (https, or localhost). A branch opens the server at its LAN address, often over plain
 * http, where these are undefined: every use goes through here, behind `isSecureContext`,
 * and the caller gets null and takes its plain-http path. The lint rule
 * `no-restricted-syntax` (eslint.config.js) forbids these APIs anywhere else in client code.
 */
export function isSecure(): boolean {
  return globalThis.isSecureContext === true;
}

/** The async clipboard, or null over plain http (use a selectable text field instead). */
export function secureClipboard(): Clipboard | null {
  return isSecure() && typeof navigator !== 'undefined' && navigator.clipboard ? navigator.clipboard : null;
}

/** Service workers and Web Push: only over https (the mobile page's reminders). */
export function securePush(): { serviceWorker: ServiceWorkerContainer; permission(): NotificationPermission } | null {
  if (!isSecure() || typeof navigator === 'undefined') return null;
  if (!('serviceWorker' in navigator) || typeof PushManager === 'undefined') return null;
  const permission = (): NotificationPermission =>
    typeof Notification === 'undefined' ? 'default' : Notification.permission;
  return { serviceWorker: navigator.serviceWorker, permission };
}
