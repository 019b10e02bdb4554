import { useEffect, useRef, useState } from 'preact/hooks';
import { ToggleChips } from './ToggleChips';
import { AddOwnQuestion } from './AddOwnQuestion';
import { QuestionCard } from './QuestionCard';
import type { PanelModel } from './state/panel-model';

type Filter = 'all' | 'to-review' | 'practised';

/** Bookmarked questions of every role with their notes and review status; export and import. */
export function BookmarksView({ state }: { state: PanelModel }) {
  const { bookmarks, guides } = state;
  const [filter, setFilter] = useState<Filter>('all');
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => void guides.ensureAll(), []);
  const all = bookmarks.list.value;
  const shown = all.filter((b) => filter === 'all' || b.status === filter);
  const practised = all.filter((b) => b.status === 'practised').length;
  const result = state.fileResult.value;
  const loaded = guides.allLoaded.value;
  // Your own questions ('own-…') and the guide's.
  const find = state.review.lookup.value;

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
        <ToggleChips<Filter>
          label="Show bookmarks"
          options={
            [
              ['all', 'All'],
              ['to-review', 'To review'],
              ['practised', 'Practised'],
            ] as const
          }
          value={filter}
          onChange={setFilter}
        />
      )}

      {bookmarks.loaded.value && all.length === 0 && (
        <p class="rounded-md bg-slate-100 p-3 text-sm text-slate-600 dark:bg-slate-800 dark:text-slate-300">
          No bookmarks yet. Press the <span aria-hidden="true">☆</span> star beside a question to keep it here for review, with your own
          notes.
        </p>
      )}

      <AddOwnQuestion review={state.review} />

      <ul class="space-y-2">
        {shown.map((b) => {
          const question = find(b.questionId);
          if (!question && !loaded) return null;
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
          return <QuestionCard key={b.questionId} question={question} bookmarks={bookmarks} showCategory showRole />;
        })}
      </ul>

      <div class="flex flex-wrap gap-2 border-t border-slate-200 pt-3 dark:border-slate-700">
        <button type="button" class="btn-secondary" onClick={() => void state.exportBookmarks()} disabled={all.length === 0}>
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
            if (file) void state.importFile(file);
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
