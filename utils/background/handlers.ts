/**
 * What the background service worker does for each request of the protocol in
 * `utils/messages.ts`. Kept out of the entrypoint so unit tests can drive the
 * real handlers against fake-indexeddb; the entrypoint only wires listeners.
 */
import { browser, type Browser } from 'wxt/browser';
import { dataset, questionById } from '@/data';
import { rankQuestions, countRelevant } from '@/utils/rank';
import * as bookmarks from '@/utils/bookmarks-db';
import { parseImportFile, toExportFile } from '@/utils/bookmark-file';
import { isRequest, type PanelEvent, type Reply, type Request, type RequestType, type Requests } from '@/utils/messages';
import { sanitizeContext } from '@/utils/posting/validate';
import { loadTabContext, saveTabContext } from '@/utils/background/tab-context';

export type Sender = Browser.runtime.MessageSender;
export type Handlers = { [K in RequestType]: (request: Extract<Request, { type: K }>, sender: Sender) => Promise<Requests[K]['reply']> };

/** Tells every open panel (side panel, in-page panels) what changed. No panel open is fine. */
export function broadcastToPanels(event: PanelEvent): void {
  browser.runtime.sendMessage(event).catch(() => {});
}

let lastVersion = 0;
/** Increasing across writes, and across service-worker restarts (it starts from the clock). */
function nextVersion(): number {
  lastVersion = Math.max(Date.now(), lastVersion + 1);
  return lastVersion;
}

export function createHandlers(broadcast: (event: PanelEvent) => void = broadcastToPanels): Handlers {
  return {
    listBookmarks: () => bookmarks.listBookmarks(),
    async setBookmarked({ questionId, bookmarked }) {
      if (typeof questionId !== 'string' || typeof bookmarked !== 'boolean') throw new Error('Invalid bookmark request.');
      const change = { questionId, bookmark: await bookmarks.setBookmarked(questionId, bookmarked), version: nextVersion() };
      broadcast({ type: 'bookmarkChanged', ...change });
      return change;
    },
    async updateBookmark({ questionId, note, status }) {
      if (typeof questionId !== 'string') throw new Error('Invalid bookmark request.');
      const change = { questionId, bookmark: await bookmarks.updateBookmark(questionId, { note, status }), version: nextVersion() };
      broadcast({ type: 'bookmarkChanged', ...change });
      return change;
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
}

export const REQUEST_TYPES: RequestType[] = [
  'listBookmarks',
  'setBookmarked',
  'updateBookmark',
  'exportBookmarks',
  'importBookmarks',
  'reportPage',
  'getTabContext',
  'closeInPagePanel',
];

export function isProtocolRequest(message: unknown): message is Request {
  return isRequest(message, REQUEST_TYPES);
}

/** Runs a request's handler; any failure becomes `{ ok: false, error }` with a user-facing message. */
export async function handle(handlers: Handlers, message: Request, sender: Sender): Promise<Reply<RequestType>> {
  try {
    const handler = handlers[message.type] as (m: Request, s: Sender) => Promise<unknown>;
    return { ok: true, value: (await handler(message, sender)) as never };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
