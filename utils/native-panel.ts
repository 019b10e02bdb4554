/**
 * The browser's own panel beside the page: Chrome's side panel, Firefox's
 * sidebar. webextension-polyfill does not know `chrome.sidePanel`, so it is
 * typed here, just as far as we use it.
 */
import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
  toggle?(): Promise<void>;
}

const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
const sidebarAction = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;

/** Makes the toolbar button open the side panel (Chrome); Firefox does this itself. */
export function openPanelOnToolbarClick(): void {
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
}

/**
 * Opens the native panel. Call it synchronously from the handler of a user
 * action (a click's message, a command): both browsers refuse it otherwise.
 */
export function openNativePanel(target: { tabId?: number; windowId?: number }): Promise<void> {
  if (sidePanel) return sidePanel.open(target);
  if (sidebarAction) return sidebarAction.open();
  return Promise.reject(new Error('This browser has no side panel.'));
}
