/**
 * The welcome page (entrypoints/welcome/), opened once when Prep Panel is
 * installed: never on an update, a browser update or a reload.
 */
import { browser, type Browser } from 'wxt/browser';

export const WELCOME_PATH = '/welcome.html';

export async function openWelcomeOnInstall(details: Pick<Browser.runtime.InstalledDetails, 'reason'>): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) }).catch(() => {});
}
