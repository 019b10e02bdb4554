import { useEffect, useRef } from 'preact/hooks';
import { BROWSER_SHORTCUTS, PANEL_SHORTCUTS, type Shortcut } from './shortcuts';

/** The keys of one shortcut: <kbd>Alt</kbd> + <kbd>Shift</kbd> + <kbd>P</kbd>. */
export function Keys({ keys }: { keys: string[] }) {
  return (
    <span class="whitespace-nowrap">
      {keys.map((key, i) => (
        <span key={key}>
          {i > 0 && ' + '}
          <kbd class="rounded border border-slate-300 bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800 dark:border-slate-600 dark:bg-slate-700 dark:text-slate-100">
            {key}
          </kbd>
        </span>
      ))}
    </span>
  );
}

export function ShortcutList({ shortcuts }: { shortcuts: Shortcut[] }) {
  return (
    <dl class="space-y-1.5 text-sm">
      {shortcuts.map((s) => (
        <div key={s.what} class="flex items-baseline gap-3">
          <dt class="w-28 shrink-0">
            <Keys keys={s.keys} />
          </dt>
          <dd class="text-slate-700 dark:text-slate-200">{s.what}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The panel's shortcuts in a small modal dialog. The browser's own dialog
 * handles Esc (it closes the dialog, not the panel) and gives focus back to
 * the "Keyboard shortcuts" button.
 */
export function KeyboardHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    } else if (!open && d.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcuts-heading"
      class="m-auto w-[min(24rem,calc(100%-1.5rem))] rounded-lg border border-slate-200 bg-white p-4 text-slate-900 shadow-xl backdrop:bg-slate-900/40 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-100"
      onClose={onClose}
    >
      <h2 id="shortcuts-heading" class="text-base font-semibold">
        Keyboard shortcuts
      </h2>
      <h3 class="mt-3 mb-1.5 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">In the panel</h3>
      <ShortcutList shortcuts={PANEL_SHORTCUTS} />
      <h3 class="mt-3 mb-1.5 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">In the browser</h3>
      <ShortcutList shortcuts={BROWSER_SHORTCUTS} />
      <p class="mt-3 text-xs text-slate-600 dark:text-slate-300">
        {import.meta.env.FIREFOX
          ? 'Change the browser shortcuts in about:addons, under Manage Extension Shortcuts.'
          : 'Change the browser shortcuts at chrome://extensions/shortcuts.'}
      </p>
      <form method="dialog" class="mt-4 text-right">
        <button type="submit" class="btn-secondary">
          Close
        </button>
      </form>
    </dialog>
  );
}
