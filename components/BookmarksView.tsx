import { useRef, useState } from 'preact/hooks';
import { questionById } from '@/data';
import { exportFileName } from '@/utils/bookmark-file';
import { IMPORT_MAX_BYTES } from '@/utils/bookmark-file';
import { QuestionCard } from './QuestionCard';
import { message } from './state/bookmarks-state';
import type { PanelState } from './state/panel-state';

type Filter = 'all' | 'to-review' | 'practised';

/** Bookmarked questions with their notes and review status; export and import. */
export function BookmarksView({ state }: { state: PanelState }) {
  const { bookmarks, api } = state;
  const [filter, setFilter] = useState<Filter>('all');
  const [result, setResult] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const all = bookmarks.list.value;
  const shown = all.filter((b) => filter === 'all' || b.status === filter);
  const practised = all.filter((b) => b.status === 'practised').length;

  async function exportAll() {
    try {
      const data = await api.request('exportBookmarks', {});
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = exportFileName();
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setResult({ kind: 'ok', text: `Exported ${data.bookmarks.length} bookmark${data.bookmarks.length === 1 ? '' : 's'}.` });
    } catch (e) {
      setResult({ kind: 'error', text: message(e) });
    }
  }

  async function importFile(file: File) {
    if (file.size > IMPORT_MAX_BYTES) {
      setResult({
        kind: 'error',
        text: `That file is too large (${(file.size / 1024 / 1024).toFixed(1)} MB). A Prep Panel export is at most ${IMPORT_MAX_BYTES / 1024 / 1024} MB. Nothing was imported.`,
      });
      return;
    }
    try {
      const r = await api.request('importBookmarks', { text: await file.text() });
      await bookmarks.reload();
      const parts = [`${r.added} added`, `${r.updated} updated`, `${r.unchanged} already up to date`];
      if (r.skippedUnknown) parts.push(`${r.skippedUnknown} skipped (questions this version does not have)`);
      setResult({ kind: 'ok', text: `Imported: ${parts.join(', ')}.` });
    } catch (e) {
      setResult({ kind: 'error', text: message(e) });
    }
  }

  return (
    <section aria-labelledby="bookmarks-heading" class="space-y-3">
      <div class="flex items-baseline justify-between gap-2">
        <h2 id="bookmarks-heading" class="text-base font-semibold">
          Your bookmarks
        </h2>
        <span class="text-xs text-slate-500 dark:text-slate-400">
          {all.length} saved · {practised} practised
        </span>
      </div>

      {all.length > 0 && (
        <div role="group" aria-label="Show bookmarks" class="flex gap-1.5">
          {(
            [
              ['all', 'All'],
              ['to-review', 'To review'],
              ['practised', 'Practised'],
            ] as const
          ).map(([value, label]) => (
            <button
              key={value}
              type="button"
              aria-pressed={filter === value ? 'true' : 'false'}
              class={`cursor-pointer rounded-full border px-2.5 py-0.5 text-xs ${
                filter === value
                  ? 'border-indigo-600 bg-indigo-600 text-white'
                  : 'border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-200'
              }`}
              onClick={() => setFilter(value)}
            >
              {label}
            </button>
          ))}
        </div>
      )}

      {bookmarks.loaded.value && all.length === 0 && (
        <p class="rounded-md bg-slate-100 p-3 text-sm text-slate-600 dark:bg-slate-800 dark:text-slate-300">
          No bookmarks yet. Press the <span aria-hidden="true">☆</span> star beside a question to keep it here for review, with your own
          notes.
        </p>
      )}

      <ul class="space-y-2">
        {shown.map((b) => {
          const question = questionById(b.questionId);
          if (!question) {
            return (
              <li key={b.questionId} class="rounded-lg border border-dashed border-slate-300 p-3 text-sm dark:border-slate-600">
                <p>A question this version of Prep Panel no longer has ({b.questionId}). Your note is kept:</p>
                {b.note && <p class="mt-1 whitespace-pre-wrap text-slate-600 dark:text-slate-300">{b.note}</p>}
                <button
                  type="button"
                  class="mt-2 cursor-pointer text-xs text-indigo-700 underline dark:text-indigo-300"
                  aria-pressed="true"
                  aria-label="Bookmark"
                  onClick={() => void bookmarks.setBookmarked(b.questionId, false)}
                >
                  Remove
                </button>
              </li>
            );
          }
          return <QuestionCard key={b.questionId} question={question} bookmarks={bookmarks} showCategory initiallyOpen />;
        })}
      </ul>

      <div class="flex flex-wrap gap-2 border-t border-slate-200 pt-3 dark:border-slate-700">
        <button type="button" class="btn-secondary" onClick={() => void exportAll()} disabled={all.length === 0}>
          Export bookmarks
        </button>
        <button type="button" class="btn-secondary" onClick={() => fileInput.current?.click()}>
          Import bookmarks
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          class="sr-only"
          aria-label="Import bookmarks file"
          tabIndex={-1}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      <p
        role={result?.kind === 'error' ? 'alert' : 'status'}
        class={`text-sm ${result?.kind === 'error' ? 'text-red-700 dark:text-red-300' : 'text-emerald-700 dark:text-emerald-300'}`}
      >
        {result?.text}
      </p>
    </section>
  );
}
