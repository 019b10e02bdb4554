import { useContext, useState } from 'preact/hooks';
import { lazyView } from './LazyView';
import { ReviewContext } from './state/review-context';

const OwnQuestionForm = lazyView(() => import('./OwnQuestionForm').then((m) => m.OwnQuestionForm));

/** Under an expanded own question: where and when it was asked, and its Edit and Delete buttons (delete can be undone). */
export function OwnQuestionTools({ questionId, describedBy }: { questionId: string; describedBy: string }) {
  const review = useContext(ReviewContext);
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const record = review?.ownRecords.value.get(questionId);
  if (!review || !record) return null;
  const asked = [record.company && `at ${record.company}`, record.askedOn && `on ${record.askedOn}`].filter(Boolean).join(' ');
  return (
    <div class="mt-2 space-y-2">
      <p class="text-xs text-slate-500 dark:text-slate-400">Your own question{asked ? `, asked ${asked}` : ''}.</p>
      {editing ? (
        <OwnQuestionForm review={review} editing={record} onDone={() => setEditing(false)} />
      ) : (
        <div class="flex gap-2">
          <button type="button" class="btn-secondary !py-0.5 !text-xs" aria-describedby={describedBy} onClick={() => setEditing(true)}>
            Edit
          </button>
          <button
            type="button"
            class="btn-secondary !py-0.5 !text-xs"
            aria-describedby={describedBy}
            onClick={() => void review.deleteOwn(questionId).then(setProblem)}
          >
            Delete
          </button>
        </div>
      )}
      {problem && (
        <p role="alert" class="text-xs text-red-700 dark:text-red-300">
          {problem}
        </p>
      )}
    </div>
  );
}

/** After an own question was deleted: says so, with "Undo". Shown by the panel above its views. */
export function DeletedQuestionNotice() {
  const review = useContext(ReviewContext);
  const notice = review?.deleted.value;
  const [problem, setProblem] = useState<string | null>(null);
  if (!review || !notice) return null;
  return (
    <div
      role="status"
      class="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-slate-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <span class="min-w-0 flex-1">Deleted “{notice.deleted.question.text}”.</span>
      <button type="button" class="btn-secondary !py-0.5 !text-xs" onClick={() => void review.undoDelete().then(setProblem)}>
        Undo
      </button>
      <button type="button" class="btn-ghost" aria-label="Dismiss" onClick={() => review.dismissDeleted()}>
        <span aria-hidden="true">✕</span>
      </button>
      {problem && <span class="w-full text-red-700 dark:text-red-300">{problem}</span>}
    </div>
  );
}
