/**
 * The one message protocol between Prep Panel's parts. Every request names a
 * type, its payload and its reply here; senders and the background's handlers
 * import this module, so renaming a message breaks the build, not the user.
 *
 * Requests go to the background service worker (it owns IndexedDB and the
 * per-tab page context). Events go from the background to every open panel.
 */
import type { Bookmark, MergeResult, ReviewStatus } from './bookmarks-db';
import type { BookmarkExport } from './bookmark-file';
import type { InterviewEvent, InterviewRequests } from './interviews/protocol';
import type { PageContext, ReportedPage } from './posting/types';
import type { ReviewEvent, ReviewRequests } from './review/protocol';

/**
 * Every request: the core ones here, and each feature's in its own protocol
 * module (utils/review/protocol.ts, utils/interviews/protocol.ts).
 */
export interface Requests extends CoreRequests, ReviewRequests, InterviewRequests {}

export interface CoreRequests {
  listBookmarks: { payload: {}; reply: Bookmark[] };
  setBookmarked: { payload: { questionId: string; bookmarked: boolean }; reply: BookmarkChange };
  updateBookmark: { payload: { questionId: string; note?: string; status?: ReviewStatus }; reply: BookmarkChange };
  exportBookmarks: { payload: {}; reply: BookmarkExport };
  importBookmarks: {
    payload: { text: string };
    reply: MergeResult & { skippedUnknown: number };
  };
  /** From a content script: what the page is (or null when it stopped being a posting). */
  reportPage: { payload: { context: ReportedPage | null }; reply: { relevantCount: number } };
  /** From a panel: the page context of a tab (the sender's own tab when omitted). */
  getTabContext: { payload: { tabId?: number }; reply: { tabId: number | null; context: PageContext | null } };
  /** From the in-page panel: ask its tab's content script to close it. */
  closeInPagePanel: { payload: {}; reply: boolean };
  /** From a content script, when its launcher is first reached: inject the in-page panel's controls (panel-chrome.js) beside it. */
  loadPanelChrome: { payload: {}; reply: boolean };
}

/**
 * One stored change to a bookmark. `version` increases with every write the
 * background makes, so a panel that hears of a change twice (its own reply and
 * the broadcast), or out of order, keeps the newest.
 */
export interface BookmarkChange {
  questionId: string;
  bookmark: Bookmark | null;
  version: number;
}

export type RequestType = keyof Requests;
export type Request = { [K in RequestType]: { type: K } & Requests[K]['payload'] }[RequestType];
export type Reply<K extends RequestType> = { ok: true; value: Requests[K]['reply'] } | { ok: false; error: string };

/** Events broadcast by the background to panels. */
export type PanelEvent =
  | ({ type: 'bookmarkChanged' } & BookmarkChange)
  | { type: 'bookmarksImported' }
  | { type: 'contextChanged'; tabId: number; context: PageContext | null }
  | ReviewEvent
  | InterviewEvent;

/** Every PanelEvent type: the compiler checks the list is complete (see isPanelEvent). */
const PANEL_EVENT_TYPES = {
  bookmarkChanged: true,
  bookmarksImported: true,
  contextChanged: true,
  reviewChanged: true,
  interviewsChanged: true,
} satisfies Record<PanelEvent['type'], true>;

/** Messages the background sends to a tab's content script. */
export type ContentCommand = { type: 'togglePanel' } | { type: 'closePanel' };

const isRequestLike = (m: unknown): m is { type: string } =>
  typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string';

export function isPanelEvent(message: unknown): message is PanelEvent {
  return isRequestLike(message) && Object.hasOwn(PANEL_EVENT_TYPES, message.type);
}

export function isContentCommand(message: unknown): message is ContentCommand {
  return isRequestLike(message) && (message.type === 'togglePanel' || message.type === 'closePanel');
}

/** The shape of `runtime.sendMessage` we need; injected so tests can pass a fake. */
export type SendMessage = (message: unknown) => Promise<unknown>;

/** Sends a typed request and unwraps its reply; a failure reply becomes an Error with a user-facing message. */
export async function request<K extends RequestType>(
  send: SendMessage,
  type: K,
  payload: Requests[K]['payload'],
): Promise<Requests[K]['reply']> {
  const reply = (await send({ type, ...payload })) as Reply<K> | undefined;
  if (!reply) throw new Error('Prep Panel’s background did not answer. Try again in a moment.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
