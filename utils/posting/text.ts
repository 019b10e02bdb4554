/**
 * Text from a hostile page. HTML is only ever parsed into an inert DOMParser
 * document (never the live one, never innerHTML); everything comes out as
 * plain text.
 */
import { POSTING_LIMITS } from './limits';

// Block-level elements end a line, so a heading and the text under it never read as one phrase.
const BLOCK =
  /^(P|DIV|LI|UL|OL|DL|DT|DD|BR|HR|H[1-6]|HEADER|FOOTER|SECTION|ARTICLE|ASIDE|NAV|MAIN|ADDRESS|FIGURE|FIGCAPTION|DETAILS|SUMMARY|TR|TD|TH|TABLE|CAPTION|BLOCKQUOTE|PRE|FORM|FIELDSET|LEGEND|CENTER)$/;
const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|BUTTON|IFRAME|OBJECT)$/;
const MARKUP = /<[a-z/!]|&#?\w+;/i;

export const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** Cuts to `n` UTF-16 units without leaving half a surrogate pair. */
export function cap(s: string, n: number): string {
  return s.length > n
    ? s
        .slice(0, n)
        .replace(/[\ud800-\udbff]$/, '')
        .trim()
    : s;
}

/** One line of text: all whitespace (incl. zero-width) collapsed, trimmed. */
export function cleanText(s: unknown): string {
  return str(s)
    .replace(/[\s\u200b-\u200d\ufeff]+/g, ' ')
    .trim();
}

/** Multi-line text: spaces collapsed per line, blank lines dropped. */
export function tidy(s: string): string {
  return s
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n\s*/g, '\n')
    .trim();
}

/**
 * Text of a subtree with a line break per block element, skipping scripts and
 * buttons. A heading ends its line, so "System Design" and the paragraph under
 * it never fuse into one phrase.
 */
export function blockText(root: Node): string {
  const out: string[] = [];
  // Nodes still to visit, and line breaks to emit once a block's children are done.
  const stack: (Node | string)[] = [root];
  let size = 0;
  // Iterative walk: a hostile page can nest deeper than the call stack.
  while (stack.length && size < POSTING_LIMITS.description * 2) {
    const node = stack.pop()!;
    if (typeof node === 'string' || node.nodeType === 3) {
      const t = typeof node === 'string' ? node : (node.nodeValue ?? '');
      out.push(t);
      size += t.length;
    } else if (node.nodeType === 1 || node === root) {
      const tag = (node as Element).tagName?.toUpperCase() ?? '';
      if (node !== root && SKIP.test(tag)) continue;
      if (BLOCK.test(tag)) {
        out.push('\n');
        stack.push('\n');
      }
      if (tag === 'LI') out.push('• ');
      const kids = node.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out.join('');
}

/**
 * Plain text from an HTML string, via an inert DOMParser document (nothing
 * loads, nothing runs). Some sites entity-escape the whole HTML inside their
 * JSON-LD (`&lt;p&gt;…`): text without real tags gets a second pass. Text
 * with real tags gets one, so an escaped `List&lt;String&gt;` stays text.
 */
export function htmlToText(html: unknown): string {
  let s = str(html).slice(0, 500_000);
  for (let pass = /<[a-z/!]/i.test(s) ? 1 : 2; pass > 0 && MARKUP.test(s); pass--) {
    s = blockText(new DOMParser().parseFromString(s, 'text/html').body);
  }
  return tidy(s);
}

/** Cleaned text (or an image's alt text) of the first element matching any selector that has some (selectors in priority order). */
export function textOf(doc: ParentNode, selectors: (string | undefined)[]): string {
  for (const sel of selectors) {
    if (!sel) continue;
    for (const el of doc.querySelectorAll(sel)) {
      const t = cleanText(el.textContent || el.getAttribute('alt'));
      if (t) return t;
    }
  }
  return '';
}

/**
 * Multi-line text of the first matching element long enough to be a
 * description (a short "description" label elsewhere on the page is skipped).
 */
export function blockTextOf(doc: ParentNode, selectors: (string | undefined)[]): string {
  for (const sel of selectors) {
    if (!sel) continue;
    for (const el of [...doc.querySelectorAll(sel)].slice(0, 8)) {
      const t = tidy(blockText(el));
      if (t.length >= POSTING_LIMITS.minDescription) return t;
    }
  }
  return '';
}

/**
 * The first part of the matching elements (a line, or a stretch between "·"
 * separators) that states years, such as "3-5 years of experience" in
 * "3-5 years of experience · Mid-Senior level"; "2 years ago" is no such part.
 */
export function yearsText(doc: ParentNode, selector: string | undefined): string {
  for (const el of selector ? [...doc.querySelectorAll(selector)].slice(0, 8) : [])
    for (const part of blockText(el).split(/[\n·|•]/))
      if (/\d\D{0,12}\b(?:years?|yrs?)\b/i.test(part) && !/\bago\b/i.test(part)) return cleanText(part);
  return '';
}
