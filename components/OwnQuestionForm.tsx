import { useId, useState } from 'preact/hooks';
import { ROLE_NAMES } from '@/data/roles';
import { CATEGORIES, ROLES, type Category, type Role } from '@/data/schema';
import type { OwnQuestion } from '@/utils/bookmarks-db';
import { COMPANY_MAX_LENGTH, OWN_QUESTION_NOTES_MAX_LENGTH, OWN_QUESTION_TEXT_MAX_LENGTH } from '@/utils/review/limits';
import { ownCategory, ownRole } from '@/utils/review/own-question';
import { CATEGORY_LABELS } from './labels';
import { primaryButton } from './review-ui';
import type { ReviewModel } from './state/review-model';

interface Props {
  review: ReviewModel;
  /** Editing this question; absent: adding a new one. */
  editing?: OwnQuestion;
  /** Starting values for a new question (the posting's role and company). */
  defaults?: { role?: Role; company?: string | null };
  /** Saved (with the question) or cancelled (null). */
  onDone: (saved: OwnQuestion | null) => void;
}

const input =
  'mt-0.5 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';
const labelClass = 'block text-xs font-semibold text-slate-600 dark:text-slate-300';

/** A question you were really asked (or expect): added to your questions, bookmarked and in review. */
export function OwnQuestionForm({ review, editing, defaults, onDone }: Props) {
  const id = useId();
  const [text, setText] = useState(editing?.text ?? '');
  const [notes, setNotes] = useState(editing?.notes ?? '');
  const [role, setRole] = useState<Role>(editing ? ownRole(editing) : (defaults?.role ?? 'general'));
  const [category, setCategory] = useState<Category>(editing ? ownCategory(editing) : 'technical');
  const [company, setCompany] = useState(editing?.company ?? defaults?.company ?? '');
  const [askedOn, setAskedOn] = useState(editing?.askedOn ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (saving) return;
    if (!text.trim()) {
      setProblem('Write the question first: it is the one field you must fill in.');
      (document.getElementById(`${id}-text`) as HTMLTextAreaElement | null)?.focus();
      return;
    }
    setSaving(true);
    const fields = { text, notes, role, category, company: company.trim() || null, askedOn: askedOn || null };
    let saved: OwnQuestion | null = null;
    let error: string | null;
    if (editing) {
      error = await review.updateOwn(editing.id, fields);
      if (!error) saved = review.ownRecords.peek().get(editing.id) ?? null;
    } else {
      const created = await review.createOwn({ ...fields, company: fields.company ?? undefined, askedOn: fields.askedOn ?? undefined });
      error = created.problem;
      saved = created.question;
    }
    setSaving(false);
    setProblem(error);
    if (!error) onDone(saved);
  };

  const title = editing ? 'Edit your question' : 'Add your own question';
  return (
    <form
      aria-label={title}
      noValidate
      class="space-y-2 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-800"
      onSubmit={(e) => void submit(e)}
    >
      <p class="text-sm font-semibold">{title}</p>
      <div>
        <label for={`${id}-text`} class={labelClass}>
          Question
        </label>
        <textarea
          id={`${id}-text`}
          class={`${input} min-h-16`}
          required
          aria-required="true"
          aria-invalid={problem !== null && !text.trim() ? 'true' : undefined}
          maxLength={OWN_QUESTION_TEXT_MAX_LENGTH}
          placeholder="As the interviewer asked it"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        {text.length >= OWN_QUESTION_TEXT_MAX_LENGTH && (
          <p class="text-xs text-amber-800 dark:text-amber-200">A question can be at most {OWN_QUESTION_TEXT_MAX_LENGTH} characters.</p>
        )}
      </div>
      <div>
        <label for={`${id}-notes`} class={labelClass}>
          Your answer notes
        </label>
        <textarea
          id={`${id}-notes`}
          class={`${input} min-h-16`}
          maxLength={OWN_QUESTION_NOTES_MAX_LENGTH}
          placeholder="What you said, or want to say next time"
          value={notes}
          onInput={(e) => setNotes(e.currentTarget.value)}
        />
        {notes.length >= OWN_QUESTION_NOTES_MAX_LENGTH && (
          <p class="text-xs text-amber-800 dark:text-amber-200">
            Notes can be at most {OWN_QUESTION_NOTES_MAX_LENGTH.toLocaleString('en-US')} characters.
          </p>
        )}
      </div>
      <div class="space-y-2">
        <div>
          <label for={`${id}-role`} class={labelClass}>
            Role
          </label>
          <select id={`${id}-role`} class={input} value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_NAMES[r]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for={`${id}-category`} class={labelClass}>
            Category
          </label>
          <select id={`${id}-category`} class={input} value={category} onChange={(e) => setCategory(e.currentTarget.value as Category)}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for={`${id}-company`} class={labelClass}>
            Company
          </label>
          <input
            id={`${id}-company`}
            type="text"
            class={input}
            maxLength={COMPANY_MAX_LENGTH}
            placeholder="Optional"
            aria-describedby={`${id}-optional`}
            value={company}
            onInput={(e) => setCompany(e.currentTarget.value)}
          />
        </div>
        <div>
          <label for={`${id}-asked`} class={labelClass}>
            Asked on
          </label>
          <input
            id={`${id}-asked`}
            type="date"
            class={input}
            aria-describedby={`${id}-optional`}
            value={askedOn}
            onInput={(e) => setAskedOn(e.currentTarget.value)}
          />
        </div>
      </div>
      <p id={`${id}-optional`} class="text-xs text-slate-500 dark:text-slate-400">
        Company and date are optional.
      </p>
      {problem && (
        <p role="alert" class="text-sm text-red-700 dark:text-red-300">
          {problem}
        </p>
      )}
      <div class="flex gap-2">
        <button type="submit" class={primaryButton} disabled={saving}>
          Save question
        </button>
        <button type="button" class="btn-secondary" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
