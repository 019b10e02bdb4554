/**
 * What the background service worker does for each request of the protocol in
 * `utils/messages.ts`. Kept out of the entrypoint so unit tests can drive the
 * real handlers against fake-indexeddb; the entrypoint only wires listeners.
 */
import { browser, type Browser } from 'wxt/browser';
import { buildDataset, questionById } from '@/data/dataset';
import { allGuides } from '@/data/roles/all';
import { ROLES, type Role } from '@/data/schema';
import { countRelevant, rankQuestions } from '@/utils/ranking/rank-questions';
import { detectRole } from '@/utils/roles/detect-role';
import { roleChoiceKey } from '@/utils/storage-keys';
import * as bookmarks from '@/utils/bookmarks-db';
import { parseImportFile, toExportFile } from '@/utils/bookmark-file';
import { errorMessage } from '@/utils/error-message';
import { createInterviewHandlers } from './interview-handlers';
import { createReviewHandlers } from './review-handlers';
import type { PanelEvent, Reply, Request, RequestType, Requests } from '@/utils/messages';
import type { JobPosting } from '@/utils/posting/types';
import { sanitizeContext } from '@/utils/posting/validate';
import { loadTabContext, saveTabContext } from '@/utils/background/tab-context';

export type Sender = Browser.runtime.MessageSender;
export type HandlerFor<K extends RequestType> = (request: Extract<Request, { type: K }>, sender: Sender) => Promise<Requests[K]['reply']>;
/** Handlers for one feature's part of the protocol (e.g. `HandlersFor<ReviewRequests>`). */
export type HandlersFor<R> = { [K in keyof R & RequestType]: HandlerFor<K> };
export type Handlers = HandlersFor<Requests>;

/** Tells every open panel (side panel, in-page panels) what changed. No panel open is fine. */
export function broadcastToPanels(event: PanelEvent): void {
  browser.runtime.sendMessage(event).catch(() => {});
}

let lastVersion = 0;
/** Increasing across writes, and across service-worker restarts (it starts from the clock). */
export function nextVersion(): number {
  lastVersion = Math.max(Date.now(), lastVersion + 1);
  return lastVersion;
}

export function createHandlers(broadcast: (event: PanelEvent) => void = broadcastToPanels): Handlers {
  return {
    ...createReviewHandlers(broadcast),
    ...createInterviewHandlers(broadcast),
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
      return toExportFile(await bookmarks.exportAll());
    },
    async importBookmarks({ text }) {
      if (typeof text !== 'string') throw new Error('That file could not be read. Nothing was imported.');
      const parsed = parseImportFile(text, (id) => questionById(id, allGuides)?.id ?? null);
      if (!parsed.ok) throw new Error(parsed.error);
      const { ok: _ok, version: _version, skippedUnknown, ...data } = parsed;
      const result = await bookmarks.mergeImport(data);
      broadcast({ type: 'bookmarksImported' });
      broadcast({ type: 'reviewChanged', questionId: null });
      return { ...result, skippedUnknown };
    },
    async reportPage({ context }, sender) {
      const tabId = sender.tab?.id;
      // Only a tab's top frame describes the page; ignore anything else.
      if (tabId === undefined || sender.frameId !== 0) return { relevantCount: 0 };
      const clean = sanitizeContext(context);
      await saveTabContext(tabId, clean);
      broadcast({ type: 'contextChanged', tabId, context: clean });
      if (clean?.kind !== 'job') return { relevantCount: 0 };
      const role = await roleFor(clean.posting);
      return { relevantCount: countRelevant(rankQuestions(clean.posting, buildDataset(role, allGuides))) };
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
    async loadPanelChrome(_request, sender) {
      // Into the sender's own top frame only, beside its site script (utils/content/panel-chrome.ts says why).
      if (sender.tab?.id === undefined || sender.frameId !== 0) return false;
      await browser.scripting.executeScript({ target: { tabId: sender.tab.id, frameIds: [0] }, files: ['/panel-chrome.js'] });
      return true;
    },
  };
}

/** The role the user chose for this posting, else the detected one. */
async function roleFor(posting: JobPosting): Promise<Role> {
  const key = roleChoiceKey(posting);
  const chosen = (await browser.storage.local.get(key).catch(() => ({}) as Record<string, unknown>))[key];
  return (ROLES as readonly unknown[]).includes(chosen) ? (chosen as Role) : detectRole(posting).role;
}

/** A request this background answers: the list is the handlers' own keys, so none can be missed. */
export function isProtocolRequest(message: unknown, handlers: Handlers): message is Request {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && Object.hasOwn(handlers, type);
}

/** Runs a request's handler; any failure becomes `{ ok: false, error }` with a user-facing message. */
export async function handle(handlers: Handlers, message: Request, sender: Sender): Promise<Reply<RequestType>> {
  try {
    const handler = handlers[message.type] as (m: Request, s: Sender) => Promise<unknown>;
    return { ok: true, value: (await handler(message, sender)) as never };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}
