import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Bookmark, ReviewStatus } from '@/utils/bookmarks-db';
import { NOTE_MAX_LENGTH } from '@/utils/review/limits';
import type { BookmarksModel } from './state/bookmarks-model';

const SAVE_DELAY_MS = 400;

/**
 * A bookmark's free-text note and review status. The note saves itself a
 * moment after typing stops, when the field loses focus, and when the editor
 * goes away, so nothing typed is lost to a closed panel.
 */
export function NoteEditor({ bookmark, bookmarks, questionText }: { bookmark: Bookmark; bookmarks: BookmarksModel; questionText: string }) {
  const id = useId();
  const [draft, setDraft] = useState(bookmark.note);
  const [saved, setSaved] = useState<'idle' | 'saving' | 'saved'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ draft, stored: bookmark.note });
  latest.current = { draft, stored: bookmark.note };

  // Another panel changed the note: show it unless we are mid-edit.
  useEffect(() => {
    if (timer.current === null) setDraft(bookmark.note);
  }, [bookmark.note]);

  const flush = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const { draft: text, stored } = latest.current;
    if (text === stored) return;
    setSaved('saving');
    void bookmarks.saveNote(bookmark.questionId, text).then((ok) => setSaved(ok ? 'saved' : 'idle'));
  };

  useEffect(() => flush, []);

  const onInput = (value: string) => {
    setDraft(value);
    setSaved('idle');
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  };

  return (
    <div class="mt-3 space-y-2">
      <label for={`${id}-note`} class="block text-xs font-semibold text-slate-600 dark:text-slate-300">
        Note
      </label>
      <textarea
        id={`${id}-note`}
        aria-label={`Note for: ${questionText}`}
        class="block min-h-16 w-full resize-y rounded-md border border-slate-300 bg-white p-2 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        value={draft}
        maxLength={NOTE_MAX_LENGTH}
        placeholder="Your answer outline, a story to tell, what to read up on…"
        onInput={(e) => onInput(e.currentTarget.value)}
        onBlur={flush}
      />
      <div class="flex flex-wrap items-center justify-between gap-2">
        <label class="flex items-center gap-2 text-xs text-slate-600 dark:text-slate-300">
          Review status
          <select
            class="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
            value={bookmark.status}
            onChange={(e) => void bookmarks.setStatus(bookmark.questionId, e.currentTarget.value as ReviewStatus)}
          >
            <option value="to-review">To review</option>
            <option value="practised">Practised</option>
          </select>
        </label>
        <span role="status" class="text-xs text-slate-500 dark:text-slate-400">
          {saved === 'saving' ? 'Saving…' : saved === 'saved' ? 'Note saved' : ''}
        </span>
      </div>
    </div>
  );
}
