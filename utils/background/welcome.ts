/**
 * The welcome page (entrypoints/welcome/), opened once when Prep Panel is
 * installed: never on an update, a browser update or a reload.
 */
import { browser, type Browser } from 'wxt/browser';
import { welcomeShownKey } from '@/utils/storage-keys';

export const WELCOME_PATH = '/welcome.html';

export async function openWelcomeOnInstall(details: Pick<Browser.runtime.InstalledDetails, 'reason'>): Promise<void> {
  if (details.reason !== 'install') return;
  // Chromium also says "install" every time it starts with an unpacked extension loaded from its command line
  // (--load-extension), keeping its storage: the flag keeps the welcome to the first install.
  if ((await browser.storage.local.get(welcomeShownKey))[welcomeShownKey] === true) return;
  await browser.storage.local.set({ [welcomeShownKey]: true });
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) }).catch(() => {});
}
