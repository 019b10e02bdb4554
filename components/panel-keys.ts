/**
 * The panel's own keys: "/" focuses search, Esc first clears an open search
 * (then leaves a text field, so what was typed saves on blur), and with
 * nothing left to clear closes the in-page panel. An open dialog handles its
 * own Esc. See components/shortcuts.ts for the list users read.
 */
import { useEffect } from 'preact/hooks';
import type { PanelMode } from './state/panel-api';
import type { PanelModel } from './state/panel-model';

/** How long "/" waits for the Questions view (a lazy chunk) to show its search box. */
const SEARCH_WAIT_MS = 10_000;

const TEXT_INPUTS = new Set([
  'text',
  'search',
  'url',
  'email',
  'number',
  'tel',
  'password',
  'date',
  'time',
  'datetime-local',
  'month',
  'week',
]);

/** Whether a key pressed here is typing (so "/" is a character, not a shortcut). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

const searchBoxes = (root: ParentNode) => [...root.querySelectorAll<HTMLInputElement>('input[type="search"]')];

/** Focuses the current view's search box, or opens Questions and focuses its one once it is there. */
export function focusSearch(state: PanelModel, main: HTMLElement) {
  const here = searchBoxes(main)[0];
  if (here) return here.focus();
  state.showView('questions');
  const until = Date.now() + SEARCH_WAIT_MS;
  const look = () => {
    const box = searchBoxes(main)[0];
    if (box) box.focus();
    else if (Date.now() < until) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** Clears every non-empty search box in `main` as typing would (its input handler updates the model); true if any was. */
function clearSearches(main: HTMLElement): boolean {
  const open = searchBoxes(main).filter((box) => box.value !== '');
  for (const box of open) {
    box.value = '';
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }
  return open.length > 0;
}

export function handlePanelKey(event: KeyboardEvent, state: PanelModel, mode: PanelMode, main: HTMLElement): void {
  if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (event.key === '/') {
    if (isTyping(target)) return;
    event.preventDefault();
    focusSearch(state, main);
    return;
  }
  if (event.key !== 'Escape') return;
  // A modal dialog (the shortcuts help) closes itself on Esc.
  if (document.querySelector('dialog[open]')) return;
  if (clearSearches(main)) {
    event.preventDefault();
    return;
  }
  const inSearch = target instanceof HTMLInputElement && target.type === 'search';
  if (isTyping(target) && !inSearch) {
    // Leave the field first: a note or a story saves when its field loses focus.
    event.preventDefault();
    (target as HTMLElement).blur();
    return;
  }
  if (mode === 'embedded') {
    event.preventDefault();
    void state.closeInPagePanel();
  }
}

/** Listens for the panel's keys on the whole document while the panel is mounted. */
export function usePanelKeys(state: PanelModel, mode: PanelMode, main: { current: HTMLElement | null }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (main.current) handlePanelKey(event, state, mode, main.current);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [state, mode]);
}
