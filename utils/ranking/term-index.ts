/**
 * The dataset's term index and the posting scanner: which dataset terms a
 * posting mentions, where (title or description) and how often. Knows nothing
 * of what a match means for ranking; that is utils/ranking/rank-questions.ts.
 *
 * The index is built once per Dataset object (WeakMap) and the posting is read
 * once, so a 60,000-character posting against the whole dataset ranks in a few ms.
 */
import type { Dataset, Question } from '@/data/schema';
import { isSymbolTerm, MAX_PHRASE_WORDS, stem, termKey } from '../terms';

export interface RankInput {
  title: string;
  description: string;
  experience?: { min: number; max: number | null } | null;
}

/** Weight of a term reached through a question's first topic or its own keywords... */
const PRIMARY_WEIGHT = 1;
/** ...and through its other, secondary topics. */
const SECONDARY_WEIGHT = 0.5;
/** A title mention outweighs a description mention: the title names the job itself. */
const TITLE_WEIGHT = 1.5;
/** Repeats of one term add a little (1 -> 1.0, 2 -> 1.2, 4 -> 1.4), capped so spam cannot dominate. */
const REPEAT_STEP = 0.2;
const REPEAT_CAP = 0.5;


export interface TermGroup {
  weight: number;
  /** Topic label shown in reasons for terms reached through this group. */
  label: string;
  termIds: Int32Array;
}

export interface CompiledQuestion {
  question: Question;
  order: number;
  groups: TermGroup[];
}

export interface Compiled {
  /** Term key (see utils/terms.ts) -> term id. */
  termIds: Map<string, number>;
  termCount: number;
  /** Every proper prefix of a multi-word key, so the scan stops extending early. */
  prefixes: Set<string>;
  maxWords: number;
  /** Whether any term needs the symbol pass ("c++", "n+1"). */
  hasSymbols: boolean;
  /** Marks (first two letters, length) of every term's first word; see filterSlot. */
  startFilter: Uint8Array;
  questions: CompiledQuestion[];
  /** Per term id: how many questions it reaches (through keywords or topics). */
  questionCount: Uint32Array;
}

const compiledCache = new WeakMap<Dataset, Compiled>();

function compile(dataset: Dataset): Compiled {
  const termIds = new Map<string, number>();
  const prefixes = new Set<string>();
  let maxWords = 1;
  let hasSymbols = false;
  const startFilter = new Uint8Array(FILTER_SIZE);

  const idOf = (term: string): number | null => {
    const key = termKey(term);
    if (key === null) return null; // unusable term: the validator reports it
    let id = termIds.get(key);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(key, id);
      if (isSymbolTerm(key)) hasSymbols = true;
      else markStartWord(startFilter, key);
      let space = key.indexOf(' ');
      if (space !== -1) {
        let words = 1;
        while (space !== -1) {
          prefixes.add(key.slice(0, space));
          words++;
          space = key.indexOf(' ', space + 1);
        }
        maxWords = Math.max(maxWords, Math.min(words, MAX_PHRASE_WORDS));
      }
    }
    return id;
  };
  const idsOf = (terms: readonly string[]): Int32Array => {
    const ids: number[] = [];
    for (const t of terms) {
      const id = idOf(t);
      if (id !== null) ids.push(id);
    }
    return new Int32Array(ids);
  };

  const topicIds = new Map<string, { label: string; termIds: Int32Array }>();
  for (const topic of dataset.topics) topicIds.set(topic.id, { label: topic.label, termIds: idsOf(topic.terms) });

  const questions = dataset.questions.map((question, order): CompiledQuestion => {
    const groups: TermGroup[] = [];
    const primary = question.topics[0] === undefined ? undefined : topicIds.get(question.topics[0]);
    // A question's own keywords are as specific as its main topic, and explained by it.
    groups.push({ weight: PRIMARY_WEIGHT, label: primary?.label ?? '', termIds: idsOf(question.keywords) });
    question.topics.forEach((topicId, i) => {
      const topic = topicIds.get(topicId);
      if (topic) groups.push({ weight: i === 0 ? PRIMARY_WEIGHT : SECONDARY_WEIGHT, ...topic });
    });
    return { question, order, groups };
  });

  const questionCount = new Uint32Array(termIds.size);
  for (const q of questions) {
    const reached = new Set<number>();
    for (const g of q.groups) for (const id of g.termIds) reached.add(id);
    for (const id of reached) questionCount[id]!++;
  }
  return { termIds, termCount: termIds.size, prefixes, maxWords, hasSymbols, startFilter, questions, questionCount };
}

/**
 * Builds and caches the term index for `dataset` now, so the first
 * rankQuestions call costs no more than the rest (compiling a dataset 100x
 * ours takes longer than ranking against it).
 */
export function prepareRanking(dataset: Dataset): void {
  compiled(dataset);
}

export function compiled(dataset: Dataset): Compiled {
  let c = compiledCache.get(dataset);
  if (!c) {
    c = compile(dataset);
    compiledCache.set(dataset, c);
  }
  return c;
}


/**
 * What the posting says about each term id. The arrays are scratch space
 * owned by the compiled index and reused across calls (ranking is
 * synchronous, so calls never overlap); `stamp[id] === generation` marks the
 * ids hit by the current call, which saves clearing them every time.
 */
export interface Hits {
  generation: number;
  stamp: Uint32Array;
  inTitle: Uint8Array;
  descCount: Uint32Array;
  /** First way the posting wrote the term, for display. */
  surface: string[];
}

const hitsCache = new WeakMap<Compiled, Hits>();

function freshHits(c: Compiled): Hits {
  let h = hitsCache.get(c);
  if (!h || h.generation >= 0xffffffff) {
    h = {
      generation: 0,
      stamp: new Uint32Array(c.termCount),
      inTitle: new Uint8Array(c.termCount),
      descCount: new Uint32Array(c.termCount),
      surface: new Array<string>(c.termCount).fill(''),
    };
    hitsCache.set(c, h);
  }
  h.generation++;
  return h;
}

export const isHit = (h: Hits, id: number): boolean => h.stamp[id] === h.generation;

const VERSION_SUFFIX = /(?<=[+#])\d+$/;
const NON_ASCII_WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Letters, digits and "_" form words (WORD_RE in utils/terms.ts, without a regex per char for ASCII). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
  return NON_ASCII_WORD_CHAR.test(text.charAt(i));
}

const isSymbolChar = (c: number): boolean => c === 43 /* + */ || c === 35; /* # */
const DOT = 46;

/**
 * Finds every dataset term in `text`. Each word position is looked up as a
 * 1..maxWords-word phrase; a shorter term lying inside a longer match already
 * counted ("queue" inside "message queue") is not counted again. Symbol
 * tokens ("C++", "N+1", ".NET") are looked up as they are found.
 *
 * Built for 100 KB postings: one hand-written tokenizer pass records word
 * offsets only, and a word becomes a string (to look up) only when the
 * start-word filter says some term could begin with it.
 */
function scan(text: string, c: Compiled, record: (termId: number, surface: string) => void): void {
  // Lower-case once; fall back to per-word lower-casing in the rare case where
  // that changes the length (some non-ASCII letters) and offsets would drift.
  const lower = text.toLowerCase();
  const aligned = lower.length === text.length;
  const n = text.length;
  const starts: number[] = [];
  const ends: number[] = [];

  for (let i = 0; i < n;) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordChar(text, i)) i++;
    starts.push(start);
    ends.push(i);
    if (c.hasSymbols) scanSymbol(text, lower, aligned, start, i, c, record);
  }

  const count = starts.length;
  const word = (k: number): string => {
    const s = starts[k] as number;
    const e = ends[k] as number;
    return stem(aligned ? lower.slice(s, e) : text.slice(s, e).toLowerCase());
  };

  let coveredUntil = 0; // word index just past the furthest counted match
  for (let i = 0; i < count; i++) {
    const s = starts[i] as number;
    const e = ends[i] as number;
    if (aligned && !c.startFilter[filterSlot(lower, s, e - s)]) continue; // no term starts with this word
    let key = word(i);
    let best = -1;
    let bestLen = 0;
    for (let len = 1; len <= c.maxWords && i + len <= count; len++) {
      if (len > 1) {
        if (!c.prefixes.has(key)) break; // no phrase continues this way
        if (phraseBreak(text, ends[i + len - 2] as number, starts[i + len - 1] as number)) break; // "systems:\nDesign" is no "system design"
        key += ` ${word(i + len - 1)}`;
      }
      const id = c.termIds.get(key);
      if (id !== undefined) {
        best = id;
        bestLen = len;
      }
    }
    if (best === -1 || i + bestLen <= coveredUntil) continue;
    coveredUntil = i + bestLen;
    record(best, text.slice(s, ends[i + bestLen - 1]));
  }
}

/**
 * Whether the text between two words ends one phrase and starts another: a
 * line break (a heading and the block under it), a label's colon, a clause or
 * sentence end, a list bullet or separator. A dot or comma counts only before
 * a space, so "node.js" and "1,000" stay whole.
 */
function phraseBreak(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const ch = text.charCodeAt(j);
    if (ch === 10 || ch === 13 || ch === 58 || ch === 59 || ch === 33 || ch === 63 || ch === 124 || ch === 183 || ch === 8226) return true;
    if ((ch === 46 || ch === 44) && j + 1 < to && (text.charCodeAt(j + 1) === 32 || text.charCodeAt(j + 1) === 160)) return true;
  }
  return false;
}

/**
 * Start-word filter slot: a hash of a word's first two characters and its
 * length. Compiling marks the slots of every term's first word (at the
 * lengths its unstemmed forms can have); a posting word whose slot is unmarked
 * cannot start a term, so the scan skips it without building a string.
 */
const FILTER_SIZE = 1 << 16;
const MAX_STEM_LOSS = 2; // stem() drops at most two characters ("indexes" -> "index")

function filterSlot(lower: string, start: number, length: number): number {
  const c0 = lower.charCodeAt(start);
  const c1 = length > 1 ? lower.charCodeAt(start + 1) : 0;
  return (Math.imul(Math.imul(c0, 131) + c1, 67) + Math.min(length, 66)) & (FILTER_SIZE - 1);
}

function markStartWord(filter: Uint8Array, key: string): void {
  const space = key.indexOf(' ');
  const length = space === -1 ? key.length : space;
  for (let extra = 0; extra <= MAX_STEM_LOSS; extra++) filter[filterSlot(key, 0, length + extra)] = 1;
}

/**
 * If the word at [start, end) begins a symbol token (SYMBOL_RE: "c++", "c#",
 * "n+1", or ".net" with its dot), looks the token up and records it.
 */
function scanSymbol(
  text: string,
  lower: string,
  aligned: boolean,
  start: number,
  end: number,
  c: Compiled,
  record: (termId: number, surface: string) => void,
): void {
  // Whether the char at k glues onto a token (as SYMBOL_RE's look-behind says).
  const glued = (k: number): boolean => {
    if (k < 0) return false;
    const ch = text.charCodeAt(k);
    return ch === DOT || isSymbolChar(ch) || isWordChar(text, k);
  };
  let from = start;
  let to = end;
  if (start > 0 && text.charCodeAt(start - 1) === DOT && !glued(start - 2)) {
    from = start - 1; // ".net", but not the "net" of "asp.net"
  } else if (isSymbolChar(text.charCodeAt(end)) && !glued(start - 1)) {
    while (to < text.length && (isSymbolChar(text.charCodeAt(to)) || isWordChar(text, to))) to++; // "c++", "n+1"
  } else {
    return;
  }
  const token = aligned ? lower.slice(from, to) : text.slice(from, to).toLowerCase();
  let id = c.termIds.get(token);
  if (id === undefined) {
    // "C++17" still means C++: retry without a trailing version number.
    const bare = token.replace(VERSION_SUFFIX, '');
    if (bare !== token) {
      id = c.termIds.get(bare);
      to -= token.length - bare.length;
    }
  }
  if (id !== undefined) record(id, text.slice(from, to));
}

export function scanPosting(posting: RankInput, c: Compiled): Hits {
  const h = freshHits(c);
  const mark = (id: number, surface: string) => {
    if (h.stamp[id] === h.generation) return;
    h.stamp[id] = h.generation;
    h.inTitle[id] = 0;
    h.descCount[id] = 0;
    h.surface[id] = surface;
  };
  scan(typeof posting.title === 'string' ? posting.title : '', c, (id, surface) => {
    mark(id, surface);
    h.inTitle[id] = 1;
  });
  scan(typeof posting.description === 'string' ? posting.description : '', c, (id, surface) => {
    mark(id, surface);
    h.descCount[id] = (h.descCount[id] ?? 0) + 1;
  });
  return h;
}

/** How strongly the posting signals one term: title presence plus damped repeats in the description. */
export function termStrength(hits: Hits, id: number): number {
  const count = hits.descCount[id] ?? 0;
  const desc = count === 0 ? 0 : 1 + Math.min(Math.log2(count) * REPEAT_STEP, REPEAT_CAP);
  return (hits.inTitle[id] ? TITLE_WEIGHT : 0) + desc;
}

