import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { broadcastToPanels, createHandlers, handle, isProtocolRequest, type Sender } from '@/utils/background/handlers';
import { injectContentScript, injectIntoOpenTabs } from '@/utils/background/inject-content-scripts';
import { enableReviewBadge, withReviewBadge } from '@/utils/background/review-badge';
import { listenForReminders } from '@/utils/background/reminders';
import { openWelcomeOnInstall } from '@/utils/background/welcome';
import { openPanelOnToolbarClick } from '@/utils/native-panel';
import { saveTabContext } from '@/utils/background/tab-context';

export default defineBackground(() => {
  // Every listener is registered synchronously, so a worker woken by an event never misses it.
  // Every change to bookmarks or review state also refreshes the toolbar's due count.
  const handlers = createHandlers(withReviewBadge(broadcastToPanels));
  void enableReviewBadge();
  openPanelOnToolbarClick();
  listenForReminders(); // interview reminders (alarms → notifications), rebuilt at every browser start
  browser.runtime.onInstalled.addListener((details) => void openWelcomeOnInstall(details)); // install only, not update

  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    // Only our own extension's pages and content scripts may talk to us.
    if (sender.id !== browser.runtime.id || !isProtocolRequest(message, handlers)) return undefined;
    return handle(handlers, message, sender);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-panel' || tab?.id === undefined) return;
    // Pages without our launcher have no listener: nothing to toggle there (the
    // toolbar panel has its own shortcut, `_execute_action`).
    browser.tabs.sendMessage(tab.id, { type: 'togglePanel' }, { frameId: 0 }).catch(() => {});
  });

  // Content scripts go in after a supported page has loaded (see inject-content-scripts.ts).
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void injectContentScript(tabId, tab.url);
  });
  browser.runtime.onInstalled.addListener(() => void injectIntoOpenTabs());
  browser.runtime.onStartup.addListener(() => void injectIntoOpenTabs());

  browser.tabs.onRemoved.addListener((tabId) => {
    void saveTabContext(tabId, null);
  });
});
