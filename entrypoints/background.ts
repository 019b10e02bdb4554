import { browser, type Browser } from 'wxt/browser';
import { dataset, questionById } from '@/data';
import { rankQuestions, countRelevant } from '@/utils/rank';
import * as bookmarks from '@/utils/bookmarks-db';
import { parseImportFile, toExportFile } from '@/utils/bookmark-file';
import { isRequest, type PanelEvent, type Reply, type Request, type RequestType, type Requests } from '@/utils/messages';
import { openPanelOnToolbarClick } from '@/utils/native-panel';
import { sanitizeContext } from '@/utils/page-context';
import { loadTabContext, saveTabContext } from '@/utils/tab-context';

type Sender = Browser.runtime.MessageSender;
type Handlers = { [K in RequestType]: (request: Extract<Request, { type: K }>, sender: Sender) => Promise<Requests[K]['reply']> };

/** Tells every open panel (side panel, in-page panels) what changed. No panel open is fine. */
function broadcast(event: PanelEvent): void {
  browser.runtime.sendMessage(event).catch(() => {});
}

const handlers: Handlers = {
  listBookmarks: () => bookmarks.listBookmarks(),
  async setBookmarked({ questionId, bookmarked }) {
    if (typeof questionId !== 'string' || typeof bookmarked !== 'boolean') throw new Error('Invalid bookmark request.');
    const bookmark = await bookmarks.setBookmarked(questionId, bookmarked);
    broadcast({ type: 'bookmarkChanged', questionId, bookmark });
    return bookmark;
  },
  async updateBookmark({ questionId, note, status }) {
    if (typeof questionId !== 'string') throw new Error('Invalid bookmark request.');
    const bookmark = await bookmarks.updateBookmark(questionId, { note, status });
    broadcast({ type: 'bookmarkChanged', questionId, bookmark });
    return bookmark;
  },
  async exportBookmarks() {
    return toExportFile(await bookmarks.listBookmarks());
  },
  async importBookmarks({ text }) {
    if (typeof text !== 'string') throw new Error('That file could not be read. Nothing was imported.');
    const parsed = parseImportFile(text, (id) => questionById(id)?.id ?? null);
    if (!parsed.ok) throw new Error(parsed.error);
    const result = await bookmarks.mergeBookmarks(parsed.bookmarks);
    broadcast({ type: 'bookmarksImported' });
    return { ...result, skippedUnknown: parsed.skippedUnknown };
  },
  async reportPage({ context }, sender) {
    const tabId = sender.tab?.id;
    // Only a tab's top frame describes the page; ignore anything else.
    if (tabId === undefined || sender.frameId !== 0) return { relevantCount: 0 };
    const clean = sanitizeContext(context);
    await saveTabContext(tabId, clean);
    broadcast({ type: 'contextChanged', tabId, context: clean });
    if (clean?.kind !== 'job') return { relevantCount: 0 };
    return { relevantCount: countRelevant(rankQuestions(clean.posting, dataset)) };
  },
  async getTabContext({ tabId }, sender) {
    const id = typeof tabId === 'number' ? tabId : (sender.tab?.id ?? null);
    return { tabId: id, context: id === null ? null : await loadTabContext(id) };
  },
  async closeInPagePanel(_request, sender) {
    if (sender.tab?.id === undefined) return false;
    await browser.tabs.sendMessage(sender.tab.id, { type: 'closePanel' }, { frameId: 0 });
    return true;
  },
};

const requestTypes = Object.keys(handlers);

async function handle(message: Request, sender: Sender): Promise<Reply<RequestType>> {
  try {
    const handler = handlers[message.type] as (m: Request, s: Sender) => Promise<unknown>;
    return { ok: true, value: (await handler(message, sender)) as never };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export default defineBackground(() => {
  // Every listener is registered synchronously, so a worker woken by an event never misses it.
  openPanelOnToolbarClick();

  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    // Only our own extension's pages and content scripts may talk to us.
    if (sender.id !== browser.runtime.id || !isRequest(message, requestTypes)) return undefined;
    return handle(message, sender);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-panel' || tab?.id === undefined) return;
    // Pages without our launcher have no listener: nothing to toggle there (the
    // toolbar panel has its own shortcut, `_execute_action`).
    browser.tabs.sendMessage(tab.id, { type: 'togglePanel' }, { frameId: 0 }).catch(() => {});
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void saveTabContext(tabId, null);
  });
});
