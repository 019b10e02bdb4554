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

/**
 * Runs of letters, digits or underscores; everything else separates words.
 * Underscore counts as a letter (as in regex \b) so an identifier such as
 * "sqs_client" is one word, not a mention of SQS.
 */
export const WORD_RE = /[\p{L}\p{N}_]+/gu;

/**
 * A symbol token in free text: letters/digits with '+' or '#' attached
 * ("c++", "c#", "n+1", "c++17"), or a leading-dot name (".net"). The
 * look-behinds stop it starting mid-word ("abc.net" is not ".net").
 */
export const SYMBOL_RE = /(?<![\p{L}\p{N}_+#.])(?:[\p{L}\p{N}_]+(?:[+#]+[\p{L}\p{N}_]*)+|\.[\p{L}][\p{L}\p{N}_]*)/gu;

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
 * Shape of a plain term (lower-case a-z/0-9/_ words separated by single
 * spaces): how many spaces it has and whether any word ends in "s" (only
 * those can change under stem()). Null for anything else. A char loop rather
 * than a regex: it is the fast path that keeps compiling a large dataset cheap.
 */
function plainShape(term: string): { spaces: number; endsInS: boolean } | null {
  const n = term.length;
  if (n === 0) return null;
  let spaces = 0;
  let endsInS = term.charCodeAt(n - 1) === 115;
  for (let i = 0; i < n; i++) {
    const c = term.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === n - 1 || term.charCodeAt(i - 1) === 32) return null;
      spaces++;
      if (term.charCodeAt(i - 1) === 115) endsInS = true;
    } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95)) {
      return null;
    }
  }
  return { spaces, endsInS };
}

/** Whether a term is matched as a symbol token rather than as words. */
export function isSymbolTerm(term: string): boolean {
  return term.charCodeAt(0) === 46 /* . */ || term.includes('+') || term.includes('#');
}

/**
 * The lookup key of a dataset term, or null when the term can never match
 * (no words, too many words, or a malformed symbol term).
 */
export function termKey(term: string): string | null {
  const plain = plainShape(term);
  if (plain) {
    if (plain.spaces >= MAX_PHRASE_WORDS) return null;
    if (!plain.endsInS) return term; // already its own key: no allocation
    return plain.spaces === 0 ? stem(term) : term.split(' ').map(stem).join(' ');
  }
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
