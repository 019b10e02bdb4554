/**
 * Per-tab page context, kept in `storage.session` (memory the browser keeps for
 * the session) rather than in the service worker's variables, because the
 * worker may be stopped at any moment and must find it again when it wakes.
 */
import { browser } from 'wxt/browser';
import type { PageContext } from '../posting/types';
import { tabContextKey as key } from '../storage-keys';

export async function saveTabContext(tabId: number, context: PageContext | null): Promise<void> {
  if (context) await browser.storage.session.set({ [key(tabId)]: context });
  else await browser.storage.session.remove(key(tabId));
}

export async function loadTabContext(tabId: number): Promise<PageContext | null> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as PageContext | undefined) ?? null;
}
