/**
 * How a term from the dataset and the text of a posting are turned into the
 * same comparable keys. Shared by the ranker (utils/rank.ts) and the dataset
 * validator (data/validate.ts), so a term the validator accepts is one the
 * ranker can actually find.
 *
 * Two kinds of key:
 * - word keys: the term's words (letters/digits runs), lower-cased, lightly
 *   singularised and joined by one space. Punctuation between words is
 *   ignored, so "pub/sub", "pub-sub" and "Pub Sub" all meet at "pub sub", and
 *   "node.js" matches "Node.js" and "node js". Matching whole words is what
 *   keeps "cap" out of "capable" and "java" out of "javascript".
 * - symbol keys: terms whose meaning lives in a symbol ("c++", "c#", "n+1",
 *   ".net"). Splitting them into words would leave "c" or "n 1", which match
 *   anything, so they are matched as whole symbol tokens instead.
 */

/** Longest phrase (in words) the ranker looks for; longer terms could never match. */
export const MAX_PHRASE_WORDS = 4;

/** Runs of letters or digits; everything else separates words. */
export const WORD_RE = /[\p{L}\p{N}]+/gu;

/**
 * A symbol token in free text: letters/digits with '+' or '#' attached
 * ("c++", "c#", "n+1", "c++17"), or a leading-dot name (".net"). The
 * look-behinds stop it starting mid-word ("abc.net" is not ".net").
 */
export const SYMBOL_RE = /(?<![\p{L}\p{N}+#.])(?:[\p{L}\p{N}]+(?:[+#]+[\p{L}\p{N}]*)+|\.[\p{L}][\p{L}\p{N}]*)/gu;

const SYMBOL_TERM_RE = new RegExp(`^(?:${SYMBOL_RE.source})$`, 'u');

/**
 * Crude English singular so "queues"/"queue" and "microservices"/"microservice"
 * meet. Applied identically to terms and posting words, so over-stemming
 * ("postgres" -> "postgre") is harmless: both sides change the same way.
 */
export function stem(word: string): string {
  const n = word.length;
  if (n <= 3 || word.charCodeAt(n - 1) !== 115 /* s */) return word;
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (n > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('xes')) return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * For a plain term (lower-case a-z/0-9 words separated by single spaces) the
 * number of spaces in it; -1 for anything else. A char loop rather than a
 * regex: it is the fast path that keeps compiling a large dataset cheap.
 */
function plainSpaces(term: string): number {
  const n = term.length;
  if (n === 0) return -1;
  let spaces = 0;
  for (let i = 0; i < n; i++) {
    const c = term.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === n - 1 || term.charCodeAt(i - 1) === 32) return -1;
      spaces++;
    } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      return -1;
    }
  }
  return spaces;
}

/** Whether a term is matched as a symbol token rather than as words. */
export function isSymbolTerm(term: string): boolean {
  return /[+#]/.test(term) || term.startsWith('.');
}

/**
 * The lookup key of a dataset term, or null when the term can never match
 * (no words, too many words, or a malformed symbol term).
 */
export function termKey(term: string): string | null {
  const spaces = plainSpaces(term);
  if (spaces === 0) return stem(term);
  if (spaces > 0) return spaces < MAX_PHRASE_WORDS ? term.split(' ').map(stem).join(' ') : null;
  const t = term.trim().toLowerCase();
  if (isSymbolTerm(t)) return SYMBOL_TERM_RE.test(t) ? t : null;
  const words = t.match(WORD_RE) ?? [];
  if (words.length === 0 || words.length > MAX_PHRASE_WORDS) return null;
  return words.map(stem).join(' ');
}

/** Why a term is unusable as written, or null when it is fine. For the validator. */
export function termProblem(term: string): string | null {
  if (term.trim() === '') return 'is blank';
  if (term !== term.trim()) return 'has leading or trailing spaces';
  if (term !== term.toLowerCase()) return 'is not lower case';
  if (isSymbolTerm(term) && /\s/.test(term)) return 'mixes a symbol term with spaces';
  if (termKey(term) === null) {
    return isSymbolTerm(term)
      ? 'is not a single symbol token (like "c++", "n+1" or ".net")'
      : `has no words or more than ${MAX_PHRASE_WORDS} words`;
  }
  return null;
}
