/**
 * The in-page UI: a small launcher tab on the right edge and, when opened, the
 * panel (our extension page in an iframe). Both live in an open shadow root on
 * a host element whose inline `!important` styles survive hostile page CSS;
 * nothing from the page is ever written as HTML here.
 *
 * The panel's controls (resize, rail, call card, sheet, push the page) live in
 * utils/content/panel-chrome.ts, a separate script the background injects into
 * this same isolated world when the pointer or focus first reaches the launcher,
 * as the panel frame starts loading: every page pays only for the launcher.
 */
import type { PanelChrome, PanelShell } from './panel-chrome';

// `:host { all: initial }` resets all the page could pass down by inheritance: the rest sets only what our elements need.
const CSS = `:host{all:initial!important;display:block!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;margin:0!important;padding:0!important;border:0!important;overflow:visible!important;z-index:2147483647!important;visibility:visible!important;opacity:1!important;transform:none!important;filter:none!important;pointer-events:auto!important}*{box-sizing:border-box;font:500 13px/1.2 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}
.l{position:fixed;right:0;top:38%;display:flex;flex-direction:column;align-items:stretch;background:#4338ca;border-radius:10px 0 0 10px;box-shadow:0 2px 10px #0004;overflow:hidden}
button{all:unset;box-sizing:border-box;cursor:pointer;color:#fff;text-align:center}
button:focus-visible{outline:3px solid #fbbf24;outline-offset:-3px}
.o{padding:10px 7px;writing-mode:vertical-rl;transform:rotate(180deg);display:flex;gap:6px;align-items:center}
.o b{font-weight:700;background:#fff;color:#4338ca;border-radius:9px;padding:3px 4px;transform:rotate(180deg);writing-mode:horizontal-tb;min-width:18px}
.x{padding:4px 0 6px;font-size:14px;opacity:.75}.x:hover{opacity:1}
.w{position:fixed;top:0;right:0;bottom:0;width:min(380px,max(300px,40vw));display:flex;box-shadow:-4px 0 24px #0003}
.p{flex:1;width:100%;height:100%;border:0;background:#fff;display:block}
[hidden]{display:none!important}
@media (prefers-color-scheme:dark){.p{background:#0f172a}}`;

// Inline and !important: wins over any page rule, `* { display: none !important }` included.
const HOST_STYLE =
  'all:initial!important;display:block!important;visibility:visible!important;opacity:1!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;z-index:2147483647!important;transform:none!important;filter:none!important';

/** Where panel-chrome.js leaves its entry point, in our isolated world (the page's world never sees it). */
export const CHROME_KEY = '__prepPanelChrome';

export interface LauncherView {
  show(label: string, accessibleName: string): void;
  hideLauncher(): void;
  togglePanel(open?: boolean): void;
  /** Puts the UI back if the page removed it (while the launcher or panel is showing). */
  reattach(): void;
  destroy(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = cls;
  e.textContent = text;
  return e;
}

export interface LauncherOptions {
  panelUrl: string;
  siteName: string;
  siteId: string;
  /** A call page: the panel opens as a compact card clear of the page's join controls. */
  card: boolean;
  /** Asks the background to inject panel-chrome.js into this page's isolated world. */
  loadChrome(): Promise<unknown>;
  /** False when the extension is gone (reloaded, removed): then nothing opens. */
  canOpen(): boolean;
  onDismiss(): void;
  onUndoDismiss(): void;
}

export function createLauncher(options: LauncherOptions): LauncherView {
  let host: HTMLElement = document.createElement('prep-panel-root');
  let root: ShadowRoot;
  try {
    root = host.attachShadow({ mode: 'open' });
  } catch {
    // The page defined <prep-panel-root> itself and took its shadow root: use an element no page can define.
    host = document.createElement('div');
    root = host.attachShadow({ mode: 'open' });
  }
  host.setAttribute('style', HOST_STYLE);
  // The top layer: above any z-index, outside any transform, filter or clip on <html>.
  host.setAttribute('popover', 'manual');
  const style = el('style', '', CSS);
  const bar = el('div', 'l');
  const open = el('button', 'o');
  const count = el('b', '');
  const text = el('span', '');
  const dismiss = el('button', 'x', '✕');
  dismiss.setAttribute('aria-label', `Hide Prep Panel on ${options.siteName}`);
  dismiss.title = `Hide on ${options.siteName}`;
  open.append(text, count);
  open.setAttribute('aria-expanded', 'false');
  bar.append(open, dismiss);
  const wrap = el('div', 'w');
  bar.hidden = wrap.hidden = true;
  root.append(style, bar, wrap);
  let frame: HTMLIFrameElement | null = null;
  /** The panel's controls: undefined until panel-chrome.js has loaded (or failed to: then null). */
  let chrome: PanelChrome | null | undefined;
  let ready: Promise<void> | undefined;
  let shown = false;

  const attach = () => {
    // Single-page sites may replace <body>; <html> stays.
    if (!host.isConnected) document.documentElement.append(host);
    try {
      if (!host.matches(':popover-open')) host.showPopover();
    } catch {
      // No popover support: the host's z-index still applies.
    }
  };

  // Without its controls (loading, or failed to load) the panel is a plain docked frame; a call card waits for them.
  const layout = () => (chrome ? chrome.layout() : (wrap.hidden = !shown || (options.card && chrome === undefined)));

  const loadChrome = () =>
    (ready ??= options
      .loadChrome()
      .then(() => {
        const shell: PanelShell = {
          root,
          wrap,
          site: options.siteId,
          card: options.card,
          shown: () => shown,
          frame: () => frame,
          close: () => togglePanel(false),
        };
        chrome = (globalThis as { [CHROME_KEY]?: (s: PanelShell) => PanelChrome })[CHROME_KEY]?.(shell);
      })
      .catch(() => {})
      .finally(() => {
        chrome ??= null;
        layout();
      }));

  /** The panel frame, created hidden as soon as the pointer or focus reaches the launcher. */
  function createFrame(): HTMLIFrameElement {
    void loadChrome();
    frame ??= el('iframe', 'p');
    if (!frame.src) {
      frame.src = options.panelUrl;
      wrap.append(frame);
    }
    return frame;
  }

  function togglePanel(want = !shown) {
    if (want && !shown && options.canOpen()) {
      const f = createFrame();
      // Titled only when shown: a frame preloaded on hover stays out of the accessibility tree's way.
      f.title = 'Prep Panel';
      shown = true;
      layout();
      attach();
      f.focus();
    } else if (!want && shown) {
      frame?.remove();
      frame = null;
      shown = false;
      layout();
      if (!bar.hidden) open.focus();
    }
    open.setAttribute('aria-expanded', String(shown));
  }

  // Esc on any of our controls closes the panel (inside the frame, the panel page asks the background to).
  root.addEventListener('keydown', (e) => (e as KeyboardEvent).key === 'Escape' && togglePanel(false));

  // Start loading the panel while the pointer travels to the click: it then
  // shows its questions sooner.
  const preload = () => {
    if (!frame && options.canOpen()) createFrame();
  };
  open.onpointerenter = preload;
  open.onfocus = preload;
  open.onclick = () => togglePanel();
  dismiss.onclick = () => {
    bar.hidden = true;
    togglePanel(false);
    options.onDismiss();
    // The "hidden … Undo" notice is the controls' to show.
    void loadChrome().then(() => chrome?.dismissed(options.siteName, options.onUndoDismiss));
  };

  return {
    show(label, accessibleName) {
      text.textContent = 'Interview prep';
      count.textContent = label;
      count.hidden = !label;
      open.setAttribute('aria-label', accessibleName);
      bar.hidden = false;
      attach();
    },
    hideLauncher() {
      bar.hidden = true;
    },
    togglePanel,
    reattach() {
      if (!bar.hidden || shown) attach();
    },
    destroy() {
      bar.hidden = true;
      togglePanel(false);
      host.remove();
    },
  };
}
