/**
 * The in-page panel's controls (utils/content/panel-chrome.ts): where the call
 * card goes, the docked width for a window, and the separator by keyboard.
 * The real layout, drag and push are proven in Chromium (tests/e2e/in-page-panel.e2e.ts).
 */
import { cardBox, dockedWidth, enhancePanel, PANEL_MAX, PANEL_MIN } from '@/utils/content/panel-chrome';

const rect = (left: number, top: number, width: number, height: number) => ({ left, top, right: left + width, bottom: top + height });

describe('the call card', () => {
  it('is full height at the right edge when it covers no join control', () => {
    expect(cardBox(1366, 800, [rect(100, 400, 120, 44)])).toEqual({ x: 982, y: 12, w: 340, h: 440 });
  });

  it('goes above the join controls it would cover, or below them, wherever there is more room', () => {
    // Meet at 1366×800: "Join now" at y 417, "Other ways to join" under it.
    const above = cardBox(1366, 800, [rect(965, 417, 115, 44), rect(1003, 484, 156, 40)]);
    expect(above).toEqual({ x: 982, y: 12, w: 340, h: 393 });
    expect(above.y + above.h).toBeLessThanOrEqual(417);
    const below = cardBox(1366, 800, [rect(1100, 120, 115, 44)]);
    expect(below).toEqual({ x: 982, y: 176, w: 340, h: 440 });
  });

  it('moves to the left edge when the right one leaves too little room, and fits narrow windows', () => {
    const b = cardBox(1366, 800, [rect(1000, 150, 300, 500)]);
    expect(b.x).toBe(12);
    expect(b.h).toBe(440);
    const narrow = cardBox(360, 700, []);
    expect(narrow.x).toBeGreaterThanOrEqual(0);
    expect(narrow.x + narrow.w).toBeLessThanOrEqual(360 - 32);
  });
});

describe('the docked width', () => {
  it.each([
    [undefined, 1366, 380, 640],
    [undefined, 800, 320, 640],
    [undefined, 700, 300, 540],
    [500, 1366, 500, 640],
    [9000, 1366, 640, 640],
    [10, 1366, 300, 640],
    [600, 700, 540, 540],
  ])('chosen %s in a %i px window → %i (max %i)', (chosen, vw, width, max) => {
    expect(dockedWidth(chosen, vw)).toEqual({ width, max });
  });
});

describe('the separator', () => {
  function mount() {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const wrap = document.createElement('div');
    root.append(wrap);
    let shown = true;
    const chrome = enhancePanel({
      root,
      wrap,
      site: 'naukri',
      card: false,
      shown: () => shown,
      frame: () => null,
      close: () => (shown = false),
    });
    chrome.layout();
    const sep = root.querySelector<HTMLElement>('[role="separator"]')!;
    const key = (k: string, shiftKey = false) => sep.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true }));
    return { root, wrap, sep, key, chrome, host };
  }

  it('is a named vertical separator whose value is the width, moved by arrow keys, Home and End', () => {
    Object.defineProperty(window, 'innerWidth', { value: 1366, configurable: true });
    const { sep, key, wrap, root, host } = mount();
    expect(sep.getAttribute('aria-label')).toBe('Resize Prep Panel');
    expect(sep.getAttribute('aria-orientation')).toBe('vertical');
    expect(sep.tabIndex).toBe(0);
    expect([sep.getAttribute('aria-valuemin'), sep.getAttribute('aria-valuemax')]).toEqual([String(PANEL_MIN), String(PANEL_MAX)]);
    expect(sep.getAttribute('aria-valuenow')).toBe('380');
    key('ArrowLeft');
    expect(sep.getAttribute('aria-valuenow')).toBe('390');
    expect(wrap.style.width).toBe('390px');
    key('ArrowRight', true);
    expect(sep.getAttribute('aria-valuenow')).toBe('340');
    key('End');
    expect(sep.getAttribute('aria-valuenow')).toBe('640');
    key('Home');
    expect(sep.getAttribute('aria-valuenow')).toBe('300');
    key('ArrowDown');
    expect(sep.getAttribute('aria-valuenow')).toBe('300');
    // Its controls have names.
    const names = [...root.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual(expect.arrayContaining(['Collapse Prep Panel', 'Expand Prep Panel', 'Push the page', 'Close Prep Panel']));
    host.remove();
  });
});
