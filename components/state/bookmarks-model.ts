/**
 * Bookmarks as the panel sees them: the stored records, kept in step with the
 * background (the owner of IndexedDB) and with every other open panel through
 * the background's `bookmarkChanged` events.
 */
import { batch, computed, createModel, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Bookmark, ReviewStatus } from '@/utils/bookmarks-db';
import { errorMessage } from '@/utils/error-message';
import type { BookmarkChange } from '@/utils/messages';
import type { PanelApi } from './panel-api';

export const BookmarksModel = createModel((api: PanelApi) => {
  /**
   * The bookmarks by question id, mutated in place: copying a 10,000-entry map
   * on every click is what made toggles slow. Readers subscribe through one
   * signal per question (a change re-renders that question's card only), the
   * count, or `revision` (the whole list, for the bookmarks view).
   */
  const store = new Map<string, Bookmark>();
  const cells = new Map<string, Signal<Bookmark | undefined>>();
  const size = signal(0);
  const revision = signal(0);
  const cell = (questionId: string) => {
    let c = cells.get(questionId);
    if (!c) cells.set(questionId, (c = signal(store.get(questionId))));
    return c;
  };

  const loaded = signal(false);
  const error = signal<string | null>(null);

  /** Newest change seen per question: a late reply or event never undoes a newer one. */
  const versions = new Map<string, number>();

  function apply({ questionId, bookmark, version }: BookmarkChange) {
    // `<=`: the broadcast echo of our own write (same version) changes nothing.
    if (version <= (versions.get(questionId) ?? 0)) return;
    versions.set(questionId, version);
    show(questionId, bookmark);
  }

  function show(questionId: string, bookmark: Bookmark | null) {
    if (bookmark) store.set(questionId, bookmark);
    else store.delete(questionId);
    batch(() => {
      const c = cells.get(questionId);
      if (c) c.value = bookmark ?? undefined;
      size.value = store.size;
      revision.value++;
    });
  }

  async function reload() {
    try {
      const all = await api.request('listBookmarks', {});
      store.clear();
      for (const b of all) store.set(b.questionId, b);
      batch(() => {
        for (const [id, c] of cells) c.value = store.get(id);
        size.value = store.size;
        revision.value++;
      });
      error.value = null;
    } catch (e) {
      error.value = errorMessage(e);
    } finally {
      loaded.value = true;
    }
  }

  async function write(action: () => Promise<BookmarkChange>) {
    try {
      apply(await action());
      error.value = null;
      return true;
    } catch (e) {
      error.value = errorMessage(e);
      await reload(); // undo whatever we showed ahead of the store
      error.value ??= errorMessage(e);
      return false;
    }
  }

  // Disposed with the model: the subscription is this effect's cleanup.
  effect(() =>
    api.onEvent((event) => {
      if (event.type === 'bookmarkChanged') apply(event);
      else if (event.type === 'bookmarksImported') void reload();
    }),
  );
  void reload();

  return {
    list: computed(() => (revision.value, [...store.values()].sort((a, b) => b.savedAt - a.savedAt))),
    count: computed(() => size.value),
    loaded,
    error,
    /** The bookmark of one question as a signal: reading its value subscribes to that question only. */
    bookmarkOf: (questionId: string): ReadonlySignal<Bookmark | undefined> => cell(questionId),
    isBookmarked: (questionId: string) => store.has(questionId),
    reload,
    /**
     * Shows the new state at once, then stores it. Each click sends the state it
     * wants (not "toggle"), in order, so quick repeated clicks all count.
     */
    setBookmarked(questionId: string, bookmarked: boolean) {
      const now = Date.now();
      show(
        questionId,
        bookmarked ? (store.get(questionId) ?? { questionId, savedAt: now, updatedAt: now, note: '', status: 'to-review' }) : null,
      );
      return write(() => api.request('setBookmarked', { questionId, bookmarked }));
    },
    saveNote: (questionId: string, note: string) => write(() => api.request('updateBookmark', { questionId, note })),
    setStatus: (questionId: string, status: ReviewStatus) => write(() => api.request('updateBookmark', { questionId, status })),
  };
});
export type BookmarksModel = InstanceType<typeof BookmarksModel>;
