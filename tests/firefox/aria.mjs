/**
 * Finding elements by role and accessible name, Testing Library style, in
 * plain DOM code run inside the page (puppeteer's `::-p-aria()` over WebDriver
 * BiDi only sees part of a long list, so it is not used). A small, honest
 * subset of the ARIA rules: explicit roles, the implicit roles of the elements
 * the panel and launcher use, names from aria-labelledby / aria-label /
 * <label> / content (aria-hidden parts left out), and open shadow roots
 * searched too (the launcher lives in one).
 *
 * A query is `{ role, name?, pressed?, expanded?, hasAttribute?, hasText?, within? }`:
 * `name` and `hasText` (the element's whole text) are an exact string or
 * `{ re, flags }` (a RegExp source); `within` is a query for an ancestor.
 */

/**
 * Runs in the page: every element matching `query`, in document order, as
 * descriptions (`mode` 'info') or the first element itself ('first').
 * Self-contained, as puppeteer sends its source; no eval (extension pages' CSP forbids it).
 */
function queryAllInPage(query, mode) {
  const implicitRole = (el) => {
    const tag = el.localName;
    if (tag === 'button') return 'button';
    if (tag === 'a' && el.hasAttribute('href')) return 'link';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'li') return 'listitem';
    if (tag === 'ul' || tag === 'ol') return 'list';
    if (tag === 'nav') return 'navigation';
    if (tag === 'main') return 'main';
    if (tag === 'textarea') return 'textbox';
    if (tag === 'iframe') return 'iframe';
    if (tag === 'select') return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
    if (tag === 'section') return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'region' : null;
    if (tag === 'input') {
      const type = (el.getAttribute('type') ?? 'text').toLowerCase();
      if (type === 'search') return el.hasAttribute('list') ? 'combobox' : 'searchbox';
      if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
      if (type === 'checkbox') return 'checkbox';
      if (type === 'radio') return 'radio';
      if (['text', 'email', 'tel', 'url', ''].includes(type)) return el.hasAttribute('list') ? 'combobox' : 'textbox';
    }
    return null;
  };
  const roleOf = (el) => el.getAttribute('role')?.trim().split(/\s+/)[0] || implicitRole(el);
  const hiddenFromTree = (el) => {
    for (let n = el; n; n = n.parentElement ?? n.getRootNode()?.host) {
      if (n.getAttribute?.('aria-hidden') === 'true' || n.hidden) return true;
    }
    return el.getClientRects().length === 0 && getComputedStyle(el).display !== 'contents';
  };
  const textOf = (node) => {
    let out = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out += child.textContent;
      else if (child.nodeType === Node.ELEMENT_NODE && child.getAttribute('aria-hidden') !== 'true' && !child.hidden) {
        out += ` ${textOf(child)} `;
      }
    }
    return out;
  };
  const clean = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const nameFromContent = new Set(['button', 'link', 'heading', 'listitem', 'tab', 'option', 'menuitem', 'cell', 'checkbox', 'radio']);
  const nameOf = (el) => {
    const by = el.getAttribute('aria-labelledby');
    if (by) {
      const root = el.getRootNode();
      const text = by
        .split(/\s+/)
        .map((id) => textOf(root.getElementById?.(id) ?? document.createElement('i')))
        .join(' ');
      if (clean(text)) return clean(text);
    }
    if (clean(el.getAttribute('aria-label'))) return clean(el.getAttribute('aria-label'));
    if (el.labels?.length) return clean([...el.labels].map((l) => textOf(l)).join(' '));
    if (el.localName === 'iframe' && el.title) return clean(el.title);
    if (nameFromContent.has(roleOf(el))) return clean(textOf(el));
    return clean(el.getAttribute('title') ?? el.getAttribute('placeholder') ?? '');
  };
  const matchText = (value, want) => (typeof want === 'string' ? value === want : new RegExp(want.re, want.flags).test(value));
  function* walk(root) {
    for (const el of root.querySelectorAll('*')) {
      yield el;
      if (el.shadowRoot) yield* walk(el.shadowRoot);
    }
  }
  const matches = (el, q) =>
    (!q.role || roleOf(el) === q.role) &&
    (q.name === undefined || matchText(nameOf(el), q.name)) &&
    (q.pressed === undefined || el.getAttribute('aria-pressed') === String(q.pressed)) &&
    (q.expanded === undefined || el.getAttribute('aria-expanded') === String(q.expanded)) &&
    (q.hasAttribute === undefined || el.hasAttribute(q.hasAttribute)) &&
    (q.hasText === undefined || matchText(clean(el.textContent), q.hasText)) &&
    !hiddenFromTree(el);
  const search = (roots, q) => {
    const found = [];
    for (const root of roots) for (const el of walk(root)) if (!found.includes(el) && matches(el, q)) found.push(el);
    return found;
  };
  const chain = [];
  for (let q = query; q; q = q.within) chain.unshift(q);
  let roots = [document];
  for (const q of chain) roots = search(roots, q);
  if (mode === 'first') return roots[0] ?? null;
  return roots.map((el) => ({
    role: roleOf(el),
    name: nameOf(el),
    pressed: el.getAttribute('aria-pressed'),
    expanded: el.getAttribute('aria-expanded'),
    text: clean(el.textContent).slice(0, 300),
  }));
}

/** `{ role, name, pressed, expanded, text }` of every element matching `query`. */
export async function describeAll(page, query) {
  return page.evaluate(queryAllInPage, query, 'info');
}

/** A puppeteer ElementHandle for the first match, or null. */
export async function find(page, query) {
  const handle = await page.evaluateHandle(queryAllInPage, query, 'first');
  const el = handle.asElement();
  if (!el) await handle.dispose();
  return el;
}

/** Polls `probe` (async, returning a value) until `accept(value)` holds; throws with the last value after `timeoutMs`. */
export async function waitUntil(what, probe, accept = Boolean, { timeoutMs = 10_000, intervalMs = 100 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const seen = lastError ? `error: ${lastError.message}` : describe(last);
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}. Last seen: ${seen}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Like waitUntil, but `accept`ed only once two polls in a row (`intervalMs` apart) read the same. */
export function waitUntilSettled(what, probe, accept = Boolean, options = {}) {
  let previous;
  return waitUntil(
    `${what} (and to stay so)`,
    async () => {
      const value = await probe();
      const same = previous !== undefined && JSON.stringify(previous) === JSON.stringify(value);
      previous = value;
      return { value, same };
    },
    ({ value, same }) => same && accept(value),
    { intervalMs: 150, ...options },
  ).then(({ value }) => value);
}

function describe(value) {
  if (value && typeof value === 'object' && typeof value.asElement === 'function') return 'an element';
  try {
    return String(JSON.stringify(value)).slice(0, 1500);
  } catch {
    return String(value);
  }
}

/** Waits for a match of `query` and returns its handle. */
export function waitFor(page, query, what, options) {
  return waitUntil(what ?? `${JSON.stringify(query)}`, () => find(page, query), Boolean, options);
}

/** `/source/flags` as a query name. */
export const re = (source, flags = '') => ({
  re: source instanceof RegExp ? source.source : source,
  flags: source instanceof RegExp ? source.flags : flags,
});
