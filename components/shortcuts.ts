/**
 * Prep Panel's keyboard shortcuts, as the "Keyboard shortcuts" help and the
 * welcome page list them. The browser-wide ones are the manifest's commands
 * (wxt.config.ts); a user can change those at chrome://extensions/shortcuts.
 */
export interface Shortcut {
  /** Keys, as pressed one after another in the order given ("Alt", "Shift", "P"). */
  keys: string[];
  what: string;
}

/** Inside the panel. */
export const PANEL_SHORTCUTS: Shortcut[] = [
  { keys: ['/'], what: 'Search the questions' },
  { keys: ['Esc'], what: 'Clear the search; with nothing to clear, close the panel on the page' },
  { keys: ['Tab'], what: 'First stop: “Skip to navigation”, straight to the views' },
];

/** Anywhere in the browser (manifest commands). */
export const BROWSER_SHORTCUTS: Shortcut[] = [
  { keys: ['Alt', 'Shift', 'P'], what: 'Show or hide the panel on a job posting or call page' },
  { keys: ['Alt', 'Shift', 'O'], what: 'Open Prep Panel beside any page (the browser’s side panel)' },
];
