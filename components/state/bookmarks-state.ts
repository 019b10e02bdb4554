/**
 * Bookmarks as the panel sees them: a signal of the stored records, kept in
 * step with the background (the owner of IndexedDB) and with every other open
 * panel through the background's `bookmarkChanged` events.
 */
import { computed, signal } from '@preact/signals';
import type { Bookmark, ReviewStatus } from '@/utils/bookmarks-db';
import type { BookmarkChange } from '@/utils/messages';
import type { PanelApi } from './panel-api';

export type BookmarksState = ReturnType<typeof createBookmarksState>;

export function createBookmarksState(api: PanelApi) {
  const byId = signal<ReadonlyMap<string, Bookmark>>(new Map());
  const loaded = signal(false);
  const error = signal<string | null>(null);
  /** Question ids with a write in flight. */
  const pending = signal<ReadonlySet<string>>(new Set());

  const list = computed(() => [...byId.value.values()].sort((a, b) => b.savedAt - a.savedAt));
  const count = computed(() => byId.value.size);

  /** Newest change seen per question: a late reply or event never undoes a newer one. */
  const versions = new Map<string, number>();

  function apply({ questionId, bookmark, version }: BookmarkChange) {
    if (version < (versions.get(questionId) ?? 0)) return;
    versions.set(questionId, version);
    show(questionId, bookmark);
  }

  function show(questionId: string, bookmark: Bookmark | null) {
    const next = new Map(byId.value);
    if (bookmark) next.set(questionId, bookmark);
    else next.delete(questionId);
    byId.value = next;
  }

  function setPending(questionId: string, on: boolean) {
    const next = new Set(pending.value);
    if (on) next.add(questionId);
    else next.delete(questionId);
    pending.value = next;
  }

  async function reload() {
    try {
      const all = await api.request('listBookmarks', {});
      byId.value = new Map(all.map((b) => [b.questionId, b]));
      error.value = null;
    } catch (e) {
      error.value = message(e);
    } finally {
      loaded.value = true;
    }
  }

  async function write(questionId: string, action: () => Promise<BookmarkChange>) {
    setPending(questionId, true);
    try {
      apply(await action());
      error.value = null;
      return true;
    } catch (e) {
      error.value = message(e);
      await reload(); // undo whatever we showed ahead of the store
      error.value ??= message(e);
      return false;
    } finally {
      setPending(questionId, false);
    }
  }

  const unsubscribe = api.onEvent((event) => {
    if (event.type === 'bookmarkChanged') apply(event);
    else if (event.type === 'bookmarksImported') void reload();
  });

  return {
    byId,
    list,
    count,
    loaded,
    error,
    pending,
    reload,
    isBookmarked: (questionId: string) => byId.value.has(questionId),
    /**
     * Shows the new state at once, then stores it. Each click sends the state it
     * wants (not "toggle"), in order, so quick repeated clicks all count.
     */
    setBookmarked(questionId: string, bookmarked: boolean) {
      const now = Date.now();
      show(
        questionId,
        bookmarked ? (byId.value.get(questionId) ?? { questionId, savedAt: now, updatedAt: now, note: '', status: 'to-review' }) : null,
      );
      return write(questionId, () => api.request('setBookmarked', { questionId, bookmarked }));
    },
    saveNote: (questionId: string, note: string) => write(questionId, () => api.request('updateBookmark', { questionId, note })),
    setStatus: (questionId: string, status: ReviewStatus) => write(questionId, () => api.request('updateBookmark', { questionId, status })),
    dispose: unsubscribe,
  };
}

export function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
