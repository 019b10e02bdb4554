import { useId, useState } from 'preact/hooks';
import { isOwnId } from '@/utils/review/own-question';
import type { Question } from '@/data/schema';
import { CATEGORY_LABELS } from './labels';
import { NoteEditor } from './NoteEditor';
import { ROLE_NAMES } from '@/data/roles';
import { lazyView } from './LazyView';
import type { BookmarksModel } from './state/bookmarks-model';

// Only some cards need these (a bookmarked behavioural question, your own question): loaded then.
const StarDraft = lazyView(() => import('./StarDraft').then((m) => m.StarDraft));
const OwnQuestionTools = lazyView(() => import('./OwnQuestionTools').then((m) => m.OwnQuestionTools));

interface Props {
  question: Question;
  bookmarks: BookmarksModel;
  /** Why this question was picked for the page, when ranked. */
  reason?: string;
  /** Show the category as a small badge (mixed lists). */
  showCategory?: boolean;
  /** Show the question's role (lists that mix roles). */
  showRole?: boolean;
  initiallyOpen?: boolean;
}

/** One question: expands to its guidance; a toggle button bookmarks it; a bookmarked one takes a note. */
export function QuestionCard({ question, bookmarks, reason, showCategory, showRole, initiallyOpen = false }: Props) {
  const id = useId();
  const [open, setOpen] = useState(initiallyOpen);
  const bookmark = bookmarks.bookmarkOf(question.id).value;

  return (
    <li class="rounded-lg border border-slate-200 bg-white p-3 shadow-sm dark:border-slate-700 dark:bg-slate-800">
      <div class="flex items-start gap-2">
        <h3 class="min-w-0 flex-1 text-sm font-medium leading-snug">
          <button
            type="button"
            class="w-full cursor-pointer rounded text-left text-slate-900 hover:text-indigo-700 dark:text-slate-100 dark:hover:text-indigo-300"
            aria-expanded={open}
            aria-controls={`${id}-answer`}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true" class="mr-1 inline-block w-3 text-slate-400">
              {open ? '▾' : '▸'}
            </span>
            <span id={`${id}-question`}>{question.text}</span>
          </button>
        </h3>
        <button
          type="button"
          class={`shrink-0 cursor-pointer rounded-md px-1.5 py-0.5 text-lg leading-none ${
            bookmark ? 'text-amber-500' : 'text-slate-400 hover:text-amber-500'
          }`}
          aria-pressed={bookmark ? 'true' : 'false'}
          // Named just "Bookmark" so the question's own button stays the only one named
          // after the question; the question is read as this button's description.
          aria-label="Bookmark"
          aria-describedby={`${id}-question`}
          title={bookmark ? 'Remove bookmark' : 'Bookmark to review later'}
          onClick={() => void bookmarks.setBookmarked(question.id, !bookmark)}
        >
          <span aria-hidden="true">{bookmark ? '★' : '☆'}</span>
        </button>
      </div>
      {(showCategory || showRole || reason) && (
        <p class="mt-1 pl-4 text-xs text-slate-500 dark:text-slate-400">
          {showRole && (
            <span class="mr-2 rounded bg-indigo-50 px-1.5 py-0.5 font-medium text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200">
              {ROLE_NAMES[question.role]}
            </span>
          )}
          {showCategory && (
            <span class="mr-2 rounded bg-slate-100 px-1.5 py-0.5 font-medium text-slate-600 dark:bg-slate-700 dark:text-slate-300">
              {CATEGORY_LABELS[question.category]}
            </span>
          )}
          {reason}
        </p>
      )}
      {open && (
        <div id={`${id}-answer`} class="mt-2 pl-4">
          <p class="text-xs font-semibold uppercase tracking-wide text-indigo-700 dark:text-indigo-300">
            {isOwnId(question.id) ? 'Your answer notes' : 'How to answer'}
          </p>
          <p class="mt-1 whitespace-pre-wrap text-sm leading-relaxed text-slate-700 dark:text-slate-200">{question.guidance}</p>
          {isOwnId(question.id) && <OwnQuestionTools questionId={question.id} describedBy={`${id}-question`} />}
          {bookmark && question.category === 'behavioural' && <StarDraft questionId={question.id} questionText={question.text} />}
          {bookmark && <NoteEditor bookmark={bookmark} bookmarks={bookmarks} questionText={question.text} />}
        </div>
      )}
    </li>
  );
}
