import { useState } from 'preact/hooks';
import type { Role } from '@/data/schema';
import { lazyView } from './LazyView';
import type { ReviewModel } from './state/review-model';

const OwnQuestionForm = lazyView(() => import('./OwnQuestionForm').then((m) => m.OwnQuestionForm));

/** The "Add your own question" button and, once pressed, its form (loaded then). */
export function AddOwnQuestion({ review, defaults }: { review: ReviewModel; defaults?: { role?: Role; company?: string | null } }) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return (
    <div class="space-y-2">
      {!open && (
        <button
          type="button"
          class="btn-secondary"
          aria-expanded="false"
          onClick={() => {
            setOpen(true);
            setDone(null);
          }}
        >
          Add your own question
        </button>
      )}
      {open && (
        <OwnQuestionForm
          review={review}
          defaults={defaults}
          onDone={(saved) => {
            setOpen(false);
            setDone(saved ? `Added “${saved.text}” to your questions and to review.` : null);
          }}
        />
      )}
      <p role="status" class="text-xs text-emerald-700 dark:text-emerald-300">
        {done}
      </p>
    </div>
  );
}
