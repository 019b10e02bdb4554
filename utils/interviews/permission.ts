/**
 * The optional `notifications` permission, as the panel asks for it: the
 * reminders of scheduled interviews are notifications. Browsers grant an
 * optional permission only from a user's click, so `request` must be called
 * synchronously inside the click's handler (Firefox refuses it after an await).
 */
import { browser } from 'wxt/browser';

export interface ReminderPermission {
  /** Whether notifications are allowed now. */
  has(): Promise<boolean>;
  /** Asks the user (a browser prompt); resolves with the answer. Call it inside a click. */
  request(): Promise<boolean>;
}

const NOTIFICATIONS = { permissions: ['notifications' as const] };

export function browserReminderPermission(): ReminderPermission {
  const safely = (call: () => Promise<boolean>) => {
    try {
      return call().catch(() => false);
    } catch {
      return Promise.resolve(false);
    }
  };
  return {
    has: () => safely(() => browser.permissions.contains(NOTIFICATIONS)),
    request: () => safely(() => browser.permissions.request(NOTIFICATIONS)),
  };
}
