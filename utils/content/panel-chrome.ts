/**
 * The in-page panel's controls, so that it sits beside the page, not on it:
 * - on a posting, docked at the right edge and resizable (a `separator` on its
 *   left edge, by drag and by arrow keys, PANEL_MIN–PANEL_MAX px, remembered
 *   per site), collapsible to a slim rail, and, where the page's content can
 *   narrow, pushing the page aside instead of covering it;
 * - below SHEET_BELOW px of viewport, a full-width sheet with its own close;
 * - on a call page, a compact card placed clear of the page's join controls,
 *   so "Join now" stays clickable with the card open; one click expands it.
 *
 * Not part of any site's content script: entrypoints/panel-chrome.ts is
 * injected by the background into the same isolated world when the launcher
 * is first reached (utils/content/launcher.ts), so pages pay only for the
 * launcher. It works on the launcher's shadow root and panel wrapper.
 */
import { inPagePanelKey } from '../storage-keys';
import { ext } from './ext';

/** What is remembered per site (storage key `inPagePanelKey`): the docked width and whether the panel pushes the page. */
export interface PanelPrefs {
  w?: number;
  push?: boolean;
}

/** The launcher's side: its shadow root, the wrapper holding the panel frame, and the page's site. */
export interface PanelShell {
  root: ShadowRoot;
  wrap: HTMLElement;
  /** The site's id, whose settings these are. */
  site: string;
  /** A call page. */
  card: boolean;
  shown(): boolean;
  frame(): HTMLIFrameElement | null;
  close(): void;
}

export interface PanelChrome {
  /** Lays the panel out for the window and its state; hides everything once the panel is closed. */
  layout(): void;
  /** Says the launcher is hidden on `siteName`, with an Undo, for a few seconds. */
  dismissed(siteName: string, undo: () => void): void;
}

export const PANEL_MIN = 300;
export const PANEL_MAX = 640;
/** 380 px leaves 72 % of a 1366 px page in view; on narrower windows the default is 40 % of the width. */
export const PANEL_DEFAULT = 380;
/** Below this viewport width the docked panel becomes a full-width sheet. */
export const SHEET_BELOW = 600;
/** The page keeps at least this much width beside the widest panel. */
const PAGE_KEEPS = 160;
const RAIL = 28;
/** The call card: its width, greatest height, and the gap it keeps from the edges and from join controls. */
const CARD_W = 340;
const CARD_H = 440;
/** A card lower than this at the right edge goes to the left one, if there is more room there. */
const CARD_MIN = 200;
const GAP = 12;
/** Room the card leaves at the right edge for the launcher tab, which stays usable beside it. */
const LAUNCHER_ROOM = 32;
const SHEET_BAR = 40;

const CSS = `.C,.C .p{border-radius:10px}.C{bottom:auto}
.S{left:0;top:${SHEET_BAR}px;width:auto}
.s{position:absolute;left:-5px;top:0;bottom:0;width:10px;cursor:col-resize;touch-action:none}
.s:hover,.D .s{background:#6366f188}.s:focus-visible{outline:3px solid #fbbf24;outline-offset:-3px}.D .p{pointer-events:none}
.k{position:absolute;right:100%;top:8px;display:flex;flex-direction:column;background:#4338ca;border-radius:8px 0 0 8px;overflow:hidden}
.k button{min-width:28px;height:28px;padding:0 6px;font-size:15px}.k [aria-pressed=true]{background:#1e1b4b}
.S .k{left:0;right:0;top:-${SHEET_BAR}px;height:${SHEET_BAR}px;flex-direction:row;align-items:center;padding:0 6px;border-radius:0}.k span{flex:1;color:#fff;font-weight:700}
.t{position:fixed;right:44px;top:38%;background:#1e1b4b;color:#fff;padding:8px 10px;border-radius:8px;display:flex;gap:10px;align-items:center}.t button{text-decoration:underline}
.r{position:fixed;right:0;top:0;bottom:0;width:${RAIL}px;background:#4338ca;box-shadow:-2px 0 8px #0003}.r button{width:100%;height:100%;writing-mode:vertical-rl}`;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
type Rect = Pick<DOMRect, 'left' | 'right' | 'top' | 'bottom'>;

/**
 * Where the call card goes in a `vw`×`vh` window whose join controls are
 * `joins`: at the right edge, full height if it covers none of them, else above
 * or below them, wherever there is more room; at the left edge if that leaves
 * the right one too little (and the left more).
 */
export function cardBox(vw: number, vh: number, joins: Rect[]): Box {
  const w = Math.min(CARD_W, vw - 2 * GAP - LAUNCHER_ROOM);
  const at = (x: number): Box => {
    const hit = joins.filter((r) => r.right > x && r.left < x + w && r.bottom > 0 && r.top < vh);
    if (!hit.length) return { x, y: GAP, w, h: Math.min(CARD_H, vh - 2 * GAP) };
    const above = Math.min(...hit.map((r) => r.top)) - 2 * GAP;
    const bottom = Math.max(...hit.map((r) => r.bottom));
    const below = vh - bottom - 2 * GAP;
    return above >= below ? { x, y: GAP, w, h: Math.min(CARD_H, above) } : { x, y: bottom + GAP, w, h: Math.min(CARD_H, below) };
  };
  const right = at(vw - w - GAP - LAUNCHER_ROOM);
  const left = at(GAP);
  return right.h >= CARD_MIN || right.h >= left.h ? right : left;
}

/** The page's own join controls: buttons and links whose text or label says "join". */
export function joinControls(doc: Document): DOMRect[] {
  return [...doc.querySelectorAll('button,[role=button],a')]
    .filter((e) => /\bjoin\b/i.test(`${e.textContent} ${e.getAttribute('aria-label')}`))
    .slice(0, 20)
    .map((e) => e.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
}

/** The docked width for a window `vw` wide: the chosen one (or the default), within the range and leaving the page PAGE_KEEPS. */
export function dockedWidth(chosen: number | undefined, vw: number): { width: number; max: number } {
  const max = Math.max(PANEL_MIN, Math.min(PANEL_MAX, vw - PAGE_KEEPS));
  const w = chosen ?? Math.min(PANEL_DEFAULT, vw * 0.4);
  return { width: Math.round(Math.max(PANEL_MIN, Math.min(max, w))), max };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', label = '', cls = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = cls;
  e.textContent = text;
  if (label) e.setAttribute('aria-label', label);
  return e;
}

export function enhancePanel(shell: PanelShell): PanelChrome {
  const { root, wrap, card } = shell;
  const key = inPagePanelKey(shell.site);
  const sep = el('div', '', 'Resize Prep Panel', 's');
  const tabs = el('div', '', '', 'k');
  const title = el('span', 'Prep Panel');
  const expand = el('button', '⤢', 'Expand Prep Panel');
  const collapse = el('button', '»', 'Collapse Prep Panel');
  const push = el('button', '⇤', 'Push the page');
  const close = el('button', '✕', 'Close Prep Panel');
  const rail = el('div', '', '', 'r');
  const railButton = el('button', 'Prep Panel', 'Expand Prep Panel');
  for (const [a, v] of [
    ['role', 'separator'],
    ['tabindex', '0'],
    ['aria-orientation', 'vertical'],
    ['aria-valuemin', String(PANEL_MIN)],
  ])
    sep.setAttribute(a!, v!);
  expand.title = 'Expand to the full panel';
  collapse.title = 'Collapse to the edge';
  push.title = 'Narrow the page beside the panel instead of covering it';
  tabs.append(title, expand, collapse, push, close);
  rail.append(railButton);
  wrap.append(sep, tabs);
  root.append(el('style', CSS), rail);

  /** The width the user chose on this site; until then a default that suits the window. */
  let chosen: number | undefined;
  let width = 0;
  let collapsed = false;
  /** A call card the user expanded into the docked panel. */
  let expanded = false;
  let pushing = false;
  let canPush = !card;
  let docked = false;
  let dragging = false;
  let listening = false;
  const html = document.documentElement.style;
  let pageMargin: [string, string] | null = null;

  const fits = () => !document.body || document.body.scrollWidth <= document.body.clientWidth + 1;

  /**
   * Narrows the page beside the docked panel (or the rail), or gives the page back its own margin.
   * A page whose content cannot narrow would be cut off: it keeps the overlay, and loses the option.
   */
  function applyPush() {
    const px = shell.shown() && docked && pushing ? (collapsed ? RAIL : width) : 0;
    if (px) {
      const first = !pageMargin;
      const before = first && fits();
      pageMargin ??= [html.getPropertyValue('margin-right'), html.getPropertyPriority('margin-right')];
      html.setProperty('margin-right', `${px}px`, 'important');
      if (!before || fits()) return;
      pushing = canPush = false;
      push.hidden = true;
      save();
    }
    if (pageMargin) {
      html.setProperty('margin-right', ...pageMargin);
      pageMargin = null;
    }
  }

  function layout() {
    const shown = shell.shown();
    if (shown !== listening) window[shown ? 'addEventListener' : 'removeEventListener']('resize', layout);
    listening = shown;
    if (!shown) collapsed = expanded = false;
    const vw = innerWidth;
    const mode = card && !expanded ? 'C' : vw < SHEET_BELOW ? 'S' : '';
    const fit = dockedWidth(chosen, vw);
    docked = !mode;
    width = fit.width;
    wrap.className = `w ${mode}${dragging ? ' D' : ''}`;
    sep.setAttribute('aria-valuenow', String(width));
    sep.setAttribute('aria-valuemax', String(fit.max));
    push.setAttribute('aria-pressed', String(pushing));
    sep.hidden = !docked;
    push.hidden = !docked || !canPush;
    expand.hidden = mode !== 'C';
    title.hidden = mode !== 'S';
    collapse.hidden = mode === 'S';
    close.hidden = docked;
    if (mode === 'C') {
      const b = cardBox(vw, innerHeight, joinControls(document));
      wrap.style.cssText = `left:${b.x}px;top:${b.y}px;width:${b.w}px;height:${b.h}px`;
    } else wrap.style.cssText = docked ? `width:${width}px` : '';
    wrap.hidden = !shown || collapsed;
    rail.hidden = !shown || !collapsed;
    applyPush();
  }

  const save = () => void ext?.storage.local.set({ [key]: { w: chosen, push: pushing } satisfies PanelPrefs }).catch(() => {});
  // This site's remembered width and choice, read while the panel frame loads.
  ext?.storage.local
    .get(key)
    .then((stored) => {
      const p = stored[key] as PanelPrefs | undefined;
      const w = Number(p?.w);
      if (chosen === undefined && w > 0) chosen = w;
      pushing ||= !card && p?.push === true;
      layout();
    })
    .catch(() => {});

  function resize(to: number) {
    chosen = dockedWidth(to, innerWidth).width;
    layout();
    save();
  }

  function setCollapsed(on: boolean) {
    collapsed = on;
    layout();
    (on ? railButton : shell.frame())?.focus();
  }

  // Drag: the panel's left edge follows the pointer.
  // (While dragging, the frame takes no pointer events: the page's and ours keep coming to the separator.)
  sep.onpointerdown = (e) => {
    sep.setPointerCapture(e.pointerId);
    dragging = true;
    layout();
    e.preventDefault();
  };
  sep.onpointermove = (e) => {
    if (dragging) resize(wrap.getBoundingClientRect().right - e.clientX);
  };
  sep.onlostpointercapture = () => {
    dragging = false;
    layout();
  };
  // Arrow keys move the edge (with Shift, in larger steps); Home and End go to the narrowest and the widest.
  sep.onkeydown = (e) => {
    const dir = ({ ArrowLeft: 1, ArrowUp: 1, ArrowRight: -1, ArrowDown: -1 } as Record<string, number>)[e.key];
    const to = dir ? width + dir * (e.shiftKey ? 50 : 10) : e.key === 'Home' ? PANEL_MIN : e.key === 'End' ? PANEL_MAX : 0;
    if (!to) return;
    e.preventDefault();
    resize(to);
  };
  collapse.onclick = () => setCollapsed(true);
  railButton.onclick = () => setCollapsed(false);
  expand.onclick = () => {
    expanded = true;
    layout();
    shell.frame()?.focus();
  };
  close.onclick = shell.close;
  push.onclick = () => {
    pushing = !pushing;
    layout();
    save();
  };

  let toast: HTMLElement | null = null;
  function dismissed(siteName: string, undo: () => void) {
    toast?.remove();
    const t = (toast = el('div', `Prep Panel hidden on ${siteName}.`, '', 't'));
    t.setAttribute('role', 'status');
    const button = el('button', 'Undo');
    button.onclick = () => {
      t.remove();
      undo();
    };
    t.append(button);
    root.append(t);
    setTimeout(() => t.remove(), 6000);
  }

  return { layout, dismissed };
}
