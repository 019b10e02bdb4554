import type { Signal } from '@preact/signals';
import { useId } from 'preact/hooks';
import { parseAmount } from '@/utils/in-hand/amount';

export const INPUT_CLASS =
  'w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 aria-[invalid=true]:border-red-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:aria-[invalid=true]:border-red-400';

const HINT_CLASS = 'text-xs text-slate-500 dark:text-slate-400';
const ERROR_CLASS = 'text-xs font-medium text-red-700 dark:text-red-300';

/** A typed amount: nothing typed, rupees, or why it can't be read. */
export type AmountRead = { kind: 'empty' } | { kind: 'ok'; rupees: number } | { kind: 'error'; error: string };

export function readAmount(text: string): AmountRead {
  if (text.trim() === '') return { kind: 'empty' };
  const r = parseAmount(text);
  return r.ok ? { kind: 'ok', rupees: r.rupees } : { kind: 'error', error: r.error };
}

interface FieldProps {
  label: string;
  value: Signal<string>;
  hint?: string;
  /** Shown under the box (role alert) and marks it invalid. */
  error?: string | null;
  /** 'number' for percentages (a spinbutton), else a textbox. */
  type?: 'text' | 'number';
  min?: number;
  max?: number;
}

/**
 * One labelled box bound to a model signal. The label is the accessible name
 * exactly; the hint and the error are its description.
 */
export function Field({ label, value, hint, error, type = 'text', min, max }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : '';
  const errorId = error ? `${id}-error` : '';
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="space-y-0.5">
      <label for={id} class="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        class={INPUT_CLASS}
        {...(type === 'number'
          ? { type: 'number' as const, inputMode: 'decimal' as const, min, max, step: 'any' }
          : { type: 'text' as const })}
        autoComplete="off"
        spellcheck={false}
        value={value.value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => (value.value = e.currentTarget.value)}
      />
      {hint && (
        <p id={hintId} class={HINT_CLASS}>
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} role="alert" class={ERROR_CLASS}>
          {error}
        </p>
      )}
    </div>
  );
}
