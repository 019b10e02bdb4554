import { useContext, useEffect, useId, useRef, useState } from 'preact/hooks';
import { DRAFT_FIELD_MAX_LENGTH } from '@/utils/review/limits';
import type { StarField, StarFields } from '@/utils/review/records';
import { ReviewContext } from './state/review-context';

const SAVE_DELAY_MS = 400;
const FIELDS: { field: StarField; label: string; placeholder: string }[] = [
  { field: 'situation', label: 'Situation', placeholder: 'Where and when: the team, the product, what was at stake.' },
  { field: 'task', label: 'Task', placeholder: 'What you had to achieve, and why it was yours to do.' },
  { field: 'action', label: 'Action', placeholder: 'What you did, step by step, in the first person.' },
  { field: 'result', label: 'Result', placeholder: 'What changed because of it.' },
];
const EMPTY: StarFields = { situation: '', task: '', action: '', result: '' };

/**
 * A STAR answer draft for a behavioural question: four text areas that save
 * themselves through the background a moment after typing stops, when a
 * field loses focus, when the panel is hidden and when the draft goes away,
 * so nothing typed is lost to a closed panel or a stopped service worker.
 */
export function StarDraft({ questionId, questionText }: { questionId: string; questionText: string }) {
  const review = useContext(ReviewContext);
  const id = useId();
  const [fields, setFields] = useState<StarFields>(EMPTY);
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'saved' | 'error'; text: string }>({ kind: 'idle', text: '' });
  const latest = useRef({ fields, dirty: new Set<StarField>(), inFlight: 0 });
  latest.current.fields = fields;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const load = () => {
    if (!review) return;
    void review.loadDraft(questionId).then(
      (draft) => {
        if (!draft) return;
        // Fields typed into meanwhile keep what was typed.
        const { dirty } = latest.current;
        setFields((now) => {
          const next = { ...now };
          for (const { field } of FIELDS) if (!dirty.has(field)) next[field] = draft[field];
          return next;
        });
      },
      () => {},
    );
  };

  const flush = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const state = latest.current;
    if (!review || state.dirty.size === 0) return;
    const changes: Partial<StarFields> = {};
    for (const field of state.dirty) changes[field] = state.fields[field];
    state.dirty = new Set();
    state.inFlight++;
    setStatus({ kind: 'saving', text: 'Saving…' });
    void review.saveDraft(questionId, changes).then((problem) => {
      state.inFlight--;
      if (problem) {
        // Keep the text and try again with the next change.
        for (const field of Object.keys(changes) as StarField[]) state.dirty.add(field);
        setStatus({ kind: 'error', text: `Not saved yet: ${problem}` });
      } else if (state.inFlight === 0 && state.dirty.size === 0) {
        setStatus({ kind: 'saved', text: 'Draft saved' });
      }
    });
  };

  useEffect(() => {
    load();
    const hidden = () => document.visibilityState === 'hidden' && flush();
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', hidden);
      flush();
    };
  }, [questionId]);

  // Another panel saved this draft (or an import): show it unless we are mid-edit.
  const change = review?.draftChange.value;
  const seen = useRef(change?.n ?? 0);
  useEffect(() => {
    if (!change || change.n === seen.current) return;
    seen.current = change.n;
    const { dirty, inFlight } = latest.current;
    if ((change.questionId === null || change.questionId === questionId) && dirty.size === 0 && inFlight === 0) load();
  }, [change?.n]);

  if (!review) return null;

  const onInput = (field: StarField, value: string) => {
    latest.current.dirty.add(field);
    setFields((now) => ({ ...now, [field]: value }));
    setStatus({ kind: 'idle', text: '' });
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  };

  return (
    <fieldset class="mt-3 space-y-2 rounded-md border border-slate-200 p-2 dark:border-slate-700">
      <legend class="px-1.5 text-xs font-semibold text-slate-600 dark:text-slate-300">Your STAR answer</legend>
      <p id={`${id}-about`} class="sr-only">
        STAR answer for: {questionText}
      </p>
      {FIELDS.map(({ field, label, placeholder }) => {
        const value = fields[field];
        const near = value.length >= DRAFT_FIELD_MAX_LENGTH * 0.9;
        return (
          <div key={field}>
            <label for={`${id}-${field}`} class="block text-xs font-semibold text-slate-600 dark:text-slate-300">
              {label}
            </label>
            <textarea
              id={`${id}-${field}`}
              class="mt-0.5 block min-h-16 w-full resize-y rounded-md border border-slate-300 bg-white p-2 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
              value={value}
              maxLength={DRAFT_FIELD_MAX_LENGTH}
              placeholder={placeholder}
              aria-describedby={[field === 'result' ? `${id}-hint` : '', near ? `${id}-${field}-limit` : '', `${id}-about`]
                .filter(Boolean)
                .join(' ')}
              onInput={(e) => onInput(field, e.currentTarget.value)}
              onBlur={flush}
            />
            {field === 'result' && (
              <p id={`${id}-hint`} class="mt-0.5 text-xs text-slate-500 dark:text-slate-400">
                Quantify the result: a number, a percentage, time or money saved (“cut p95 latency from 800 ms to 200 ms”).
              </p>
            )}
            {near && (
              <p id={`${id}-${field}-limit`} class="mt-0.5 text-xs text-amber-800 dark:text-amber-200">
                {value.length >= DRAFT_FIELD_MAX_LENGTH
                  ? `${label} can be at most ${DRAFT_FIELD_MAX_LENGTH.toLocaleString('en-US')} characters.`
                  : `${value.length.toLocaleString('en-US')} of ${DRAFT_FIELD_MAX_LENGTH.toLocaleString('en-US')} characters.`}
              </p>
            )}
          </div>
        );
      })}
      <p
        role="status"
        class={`text-xs ${status.kind === 'error' ? 'text-red-700 dark:text-red-300' : 'text-slate-500 dark:text-slate-400'}`}
      >
        {status.text}
      </p>
    </fieldset>
  );
}
