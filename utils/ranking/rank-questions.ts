/**
 * The ranking policy: how what a posting mentions (utils/ranking/term-index.ts)
 * becomes an ordered list of questions with a reason each. Every weight and
 * rule of order lives here, named.
 */
import type { Category, Dataset, Question, SeniorityLevel } from '@/data/schema';
import { postingLevel } from '../posting/level';
import { compiled, isHit, scanPosting, termStrength, type CompiledQuestion, type Hits, type RankInput } from './term-index';

export type { RankInput } from './term-index';

export interface RankedQuestion {
  question: Question;
  /** 0 when nothing in the posting matched; otherwise higher = more relevant. */
  score: number;
  /** Posting terms that matched, as written in the posting ("Kafka", "RabbitMQ"), strongest first. */
  matched: string[];
  /** One short sentence saying why the question is where it is. */
  reason: string;
}

/** Each further distinct term counts this fraction of the previous one (diminishing returns). */
const DECAY = 0.7;
/** Questions the posting's level is not listed for (see Question.levels) are damped by this. */
const LEVEL_MISFIT = 0.5;
/** How many technical/situational matches lead the list before the other categories' picks. */
const LEAD_SIZE = 5;
/**
 * A term that reaches many questions says little about any one of them
 * ("React" reaches half a frontend dataset; "event loop" one question). Its
 * weight is divided by 1 + log2(questions it reaches) / 2: 1 question → 1,
 * 4 → 0.5, 16 → 0.33.
 */
const specificity = (questions: number): number => 1 / (1 + Math.log2(Math.max(1, questions)) / 2);
/** Most matched terms named in a reason sentence. */
const REASON_TERMS = 3;

const CORE: ReadonlySet<Category> = new Set<Category>(['technical', 'situational']);
/** Categories guaranteed one pick right after the lead, in this order. */
const PICKED: readonly Category[] = ['behavioural', 'hr', 'salary', 'ask-interviewer'];

/** Reason for a question nothing in the posting points at; `role` is the dataset's role as a sentence names it ("frontend"). */
function fallbackReason(category: Category, role: string): string {
  switch (category) {
    case 'technical':
      return role === 'general' ? 'Not mentioned in the posting, but asked in many interviews.' : `Not mentioned in the posting, but a common ${role} interview question.`;
    case 'situational':
      return role === 'general' ? 'Not mentioned in the posting, but a common scenario question.' : `Not mentioned in the posting, but a common scenario in ${role} interviews.`;
    case 'coding':
      return 'Most software interviews include a coding round; practise the approach.';
    case 'behavioural':
      return 'Every interview has a behavioural round; prepare a STAR story.';
    case 'hr':
      return 'Asked in almost every HR round in India.';
    case 'salary':
      return 'Asked in almost every HR round.';
    case 'ask-interviewer':
      return 'A good question to ask at the end of any round.';
  }
}

/** Closing clause for matched non-technical picks, so the reason says what to do with the match. */
const MATCHED_SUFFIX: Partial<Record<Category, string>> = {
  behavioural: '; have a STAR story ready',
  hr: '; have your answer ready',
  salary: '; be ready to negotiate',
  'ask-interviewer': '; worth asking about',
};

interface Contribution {
  termId: number;
  value: number;
  label: string;
}
const NONE: readonly Contribution[] = [];

function contributions(q: CompiledQuestion, hits: Hits, questionCount: Uint32Array): readonly Contribution[] {
  let found: Contribution[] | null = null; // allocated only for questions that match
  for (const group of q.groups) {
    const termIds = group.termIds;
    for (let i = 0; i < termIds.length; i++) {
      const termId = termIds[i] as number;
      if (!isHit(hits, termId)) continue;
      const value = group.weight * termStrength(hits, termId) * specificity(questionCount[termId] ?? 1);
      found ??= [];
      // The same term can reach a question through its keywords and several topics: keep the best.
      const prior = found.find((f) => f.termId === termId);
      if (!prior) found.push({ termId, value, label: group.label });
      else if (value > prior.value) Object.assign(prior, { value, label: group.label });
    }
  }
  return found ? found.sort((a, b) => b.value - a.value) : NONE;
}

function scoreOf(found: readonly Contribution[]): number {
  let score = 0;
  let factor = 1;
  for (const f of found) {
    score += f.value * factor;
    factor *= DECAY;
  }
  return score;
}

/** Distinct surfaces, strongest first: "Kafka" and "kafka" are one term to the reader. */
function matchedTerms(found: readonly Contribution[], hits: Hits): { surface: string; label: string }[] {
  const seen = new Set<string>();
  const out: { surface: string; label: string }[] = [];
  for (const f of found) {
    const surface = hits.surface[f.termId] as string;
    if (seen.has(surface.toLowerCase())) continue;
    seen.add(surface.toLowerCase());
    out.push({ surface, label: f.label });
  }
  return out;
}

function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`;
}

/** "The posting mentions Kafka and RabbitMQ (message queues)." */
function reasonFor(category: Category, terms: readonly { surface: string; label: string }[]): string {
  const byLabel = new Map<string, string[]>();
  for (const { surface, label } of terms.slice(0, REASON_TERMS)) {
    const list = byLabel.get(label);
    if (list) list.push(surface);
    else byLabel.set(label, [surface]);
  }
  // Name the topic unless the terms already say it ("compensation (compensation)").
  const parts = [...byLabel].map(([label, surfaces]) =>
    label && !surfaces.every((s) => s.toLowerCase() === label.toLowerCase()) ? `${listing(surfaces)} (${label})` : listing(surfaces),
  );
  return `The posting mentions ${listing(parts)}${MATCHED_SUFFIX[category] ?? ''}.`;
}

/**
 * How well a question suits the posting's level, used to damp misfits and
 * break ties: 1 = written for this level, 0.5 = for every level (or the
 * level is unknown), 0 = written for other levels only.
 */
function levelFit(q: Question, level: SeniorityLevel | null): number {
  if (level === null || !q.levels) return 0.5;
  return q.levels.includes(level) ? 1 : 0;
}

// ---------------------------------------------------------------- public API

interface Entry {
  ranked: RankedQuestion;
  fit: number;
  order: number;
  core: boolean;
}

const byRelevance = (a: Entry, b: Entry): number => b.ranked.score - a.ranked.score || b.fit - a.fit || a.order - b.order;

function entryFor(q: CompiledQuestion, hits: Hits, level: SeniorityLevel | null, roleLabel: string, questionCount: Uint32Array): Entry {
  const { question } = q;
  const fit = levelFit(question, level);
  const core = CORE.has(question.category);
  const found = contributions(q, hits, questionCount);
  if (found.length === 0) {
    // Most questions of a large dataset match nothing: keep that path allocation-light.
    return { ranked: { question, score: 0, matched: [], reason: fallbackReason(question.category, roleLabel) }, fit, order: q.order, core };
  }
  const terms = matchedTerms(found, hits);
  const ranked: RankedQuestion = {
    question,
    score: scoreOf(found) * (fit === 0 ? LEVEL_MISFIT : 1),
    matched: terms.map((t) => t.surface),
    reason: reasonFor(question.category, terms),
  };
  return { ranked, fit, order: q.order, core };
}

/**
 * Every question of `dataset`, best first. The order: the strongest
 * technical/situational matches (up to five), then the best behavioural,
 * salary and ask-the-interviewer pick (each category always appears), then the
 * remaining matches by score, then everything unmatched in dataset order
 * (technical/situational first).
 */
export function rankQuestions(posting: RankInput, dataset: Dataset): RankedQuestion[] {
  const c = compiled(dataset);
  const hits = scanPosting(posting, c);
  const level = postingLevel(posting);
  const roleLabel = dataset.role === 'general' ? 'general' : dataset.phrase;

  const matched: Entry[] = [];
  const unmatched: Entry[] = []; // stays in dataset order: no sort over thousands of zeros
  for (const q of c.questions) {
    const e = entryFor(q, hits, level, roleLabel, c.questionCount);
    (e.ranked.score > 0 ? matched : unmatched).push(e);
  }
  matched.sort(byRelevance);

  const lead = matched.filter((e) => e.core).slice(0, LEAD_SIZE);
  const picks = PICKED.flatMap((category) => {
    const inCategory = (e: Entry) => e.ranked.question.category === category;
    const best = matched.find(inCategory);
    if (best) return [best];
    // Unmatched: the one that best suits the level, earliest in the dataset on ties.
    let pick: Entry | undefined;
    for (const e of unmatched) if (inCategory(e) && (!pick || e.fit > pick.fit)) pick = e;
    return pick ? [pick] : [];
  });
  const placed = new Set<Entry>([...lead, ...picks]);
  const rest = (list: Entry[]) => list.filter((e) => !placed.has(e));
  const unmatchedRest = rest(unmatched);

  return [...lead, ...picks, ...rest(matched), ...unmatchedRest.filter((e) => e.core), ...unmatchedRest.filter((e) => !e.core)].map(
    (e) => e.ranked,
  );
}

/** How many ranked questions matched at least one term of the posting. */
export function countRelevant(ranked: readonly RankedQuestion[]): number {
  return ranked.filter((r) => r.matched.length > 0).length;
}
