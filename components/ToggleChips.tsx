/**
 * A group of pressed-or-not chips that pick one value (a filter, a grouping):
 * each is a button with aria-pressed, the group has an accessible name.
 */
export function ToggleChips<T extends string>({
  label,
  options,
  value,
  onChange,
  wrap,
}: {
  label: string;
  options: readonly (readonly [T, string])[];
  value: T;
  onChange(next: T): void;
  wrap?: boolean;
}) {
  return (
    <div role="group" aria-label={label} class={`flex gap-1.5 ${wrap ? 'flex-wrap' : ''}`}>
      {options.map(([option, text]) => (
        <button
          key={option}
          type="button"
          aria-pressed={value === option ? 'true' : 'false'}
          class={`cursor-pointer rounded-full border px-2.5 py-0.5 text-xs ${
            value === option
              ? 'border-indigo-600 bg-indigo-600 text-white'
              : 'border-slate-300 text-slate-700 hover:border-indigo-400 dark:border-slate-600 dark:text-slate-200'
          }`}
          onClick={() => onChange(option)}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
