import { DRAWS_ON } from './roles';
import { CATEGORIES, ROLES, type Role, type RoleGuide, type SalaryBand, type SeniorityLevel } from './schema';
import { ID_ALIASES } from './id-aliases';
import { termKey, termProblem } from '@/utils/terms';

/**
 * Checks what the types cannot, across every role module. Returns
 * human-readable problems; an empty array means the dataset is valid. The unit
 * tests run it on the bundled dataset, so a bad edit to data/ fails CI rather
 * than reaching users.
 */

const LEVELS: readonly SeniorityLevel[] = ['fresher', 'mid', 'senior'];
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The least each role offers: role-specific questions for a role, the whole pool for General. */
export const MIN_QUESTIONS = { role: 24, general: 25 } as const;
/** Two questions of one role sharing this much of their wording ask the same thing. */
const NEAR_DUPLICATE = 0.7;
/** Guidance shorter than this cannot say what a strong answer covers. */
const MIN_GUIDANCE_WORDS = 25;

const blank = (s: unknown): boolean => typeof s !== 'string' || s.trim() === '';

export function validateGuides(guides: Readonly<Record<Role, RoleGuide>>): string[] {
  const problems: string[] = [];
  const add = (p: string) => problems.push(p);

  const questionIds = new Set<string>();
  const topicIds = new Map<string, Role>();
  for (const role of ROLES) {
    const g = guides[role];
    if (!g) {
      add(`Role "${role}" has no module.`);
      continue;
    }
    if (g.role !== role) add(`Module for "${role}" says it is "${g.role}".`);
    if (blank(g.name) || blank(g.summary)) add(`Role "${role}" has a blank name or summary.`);
    if (g.rounds.length === 0) add(`Role "${role}" lists no interview rounds.`);
    for (const [i, t] of g.topics.entries()) {
      const where = `Topic "${t.id}"`;
      if (blank(t.id)) add(`Topic #${i + 1} of ${role} has a blank id.`);
      else if (!ID_RE.test(t.id)) add(`${where} id is not kebab-case.`);
      if (topicIds.has(t.id)) add(`Duplicate topic id "${t.id}" (${topicIds.get(t.id)} and ${role}).`);
      topicIds.set(t.id, role);
      if (blank(t.label)) add(`${where} has a blank label.`);
      if (t.terms.length === 0) add(`${where} has no terms.`);
      checkTerms(t.terms, `${where} term`, add);
    }
    const tipIds = new Set<string>();
    for (const t of g.tips) {
      if (blank(t.id) || tipIds.has(t.id)) add(`Role "${role}" has a blank or repeated tip id "${t.id}".`);
      tipIds.add(t.id);
      if (blank(t.title) || blank(t.body)) add(`Tip "${t.id}" has a blank title or body.`);
    }
  }

  for (const role of ROLES) {
    const g = guides[role];
    if (!g) continue;
    const own = new Set(g.topics.map((t) => t.id));
    const general = new Set(guides.general?.topics.map((t) => t.id) ?? []);
    for (const [i, q] of g.questions.entries()) {
      const where = `Question "${q.id}"`;
      if (blank(q.id)) add(`Question #${i + 1} of ${role} has a blank id.`);
      else if (!ID_RE.test(q.id)) add(`${where} id is not kebab-case.`);
      if (questionIds.has(q.id)) add(`Duplicate question id "${q.id}".`);
      questionIds.add(q.id);
      if (q.role !== role) add(`${where} sits in the ${role} module but says its role is "${q.role}".`);
      if (!(CATEGORIES as readonly string[]).includes(q.category)) add(`${where} has unknown category "${q.category}".`);
      if (blank(q.text)) add(`${where} has blank text.`);
      if (blank(q.guidance)) add(`${where} has blank guidance.`);
      else if (q.guidance.trim().split(/\s+/).length < MIN_GUIDANCE_WORDS) add(`${where} has guidance too short to help.`);
      if (q.topics.length === 0) add(`${where} has an empty topics list.`);
      if (new Set(q.topics).size !== q.topics.length) add(`${where} lists a topic twice.`);
      for (const topic of q.topics) {
        if (!own.has(topic) && !general.has(topic)) add(`${where} refers to topic "${topic}", which is neither ${role}'s nor General's.`);
      }
      if (q.keywords.length === 0) add(`${where} has an empty keywords list.`);
      checkTerms(q.keywords, `${where} keyword`, add);
      for (const other of q.alsoFor ?? []) {
        if (!(ROLES as readonly string[]).includes(other)) add(`${where} is also for unknown role "${other}".`);
        else if (other === role) add(`${where} is also for its own role.`);
        else if (!DRAWS_ON[other].includes(role)) add(`${where} is also for ${other}, but DRAWS_ON.${other} does not load ${role}.`);
      }
      if (q.levels !== undefined) {
        if (q.levels.length === 0) add(`${where} has an empty levels list (omit it to mean every level).`);
        for (const level of q.levels) if (!LEVELS.includes(level)) add(`${where} has unknown level "${level}".`);
      }
    }
    const count = g.questions.length;
    const min = role === 'general' ? MIN_QUESTIONS.general : MIN_QUESTIONS.role;
    const tagged = role === 'general' ? count : count + ROLES.reduce((n, r) => n + (guides[r]?.questions.filter((q) => q.alsoFor?.includes(role)).length ?? 0), 0);
    if (tagged < min) add(`Role "${role}" has ${tagged} questions; it needs at least ${min}.`);
    for (const [a, b] of nearDuplicates(g.questions)) add(`Questions "${a}" and "${b}" of ${role} ask nearly the same thing.`);
  }

  for (const [from, to] of Object.entries(ID_ALIASES)) {
    if (questionIds.has(from)) add(`Alias "${from}" is also a live question id.`);
    if (from === to) add(`Alias "${from}" points at itself.`);
    else if (Object.hasOwn(ID_ALIASES, to)) add(`Alias "${from}" -> "${to}" is a chain: "${to}" is itself an alias.`);
    else if (!questionIds.has(to)) add(`Alias "${from}" points at unknown question "${to}".`);
  }
  return problems;
}

const STOP = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'is', 'are', 'you', 'your', 'how', 'what', 'why', 'do', 'does', 'would', 'with', 'it', 'between', 'difference', 'explain']);
// Words with their inner dots ("node.js"), not a sentence's final one.
const words = (text: string) => new Set((text.toLowerCase().match(/[a-z0-9+#]+(?:\.[a-z0-9]+)*/g) ?? []).filter((w) => !STOP.has(w)));

/** Pairs of question ids whose wording overlaps at least NEAR_DUPLICATE (Jaccard over content words). */
export function nearDuplicates(questions: readonly { id: string; text: string }[]): [string, string][] {
  const sets = questions.map((q) => ({ id: q.id, w: words(q.text) }));
  const pairs: [string, string][] = [];
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i]!.w;
      const b = sets[j]!.w;
      let shared = 0;
      for (const w of a) if (b.has(w)) shared++;
      const union = a.size + b.size - shared;
      if (union > 0 && shared / union >= NEAR_DUPLICATE) pairs.push([sets[i]!.id, sets[j]!.id]);
    }
  }
  return pairs;
}

/** Terms must be lower case, usable by the ranker, and not repeat one another. */
function checkTerms(terms: readonly string[], where: string, add: (p: string) => void): void {
  const keys = new Map<string, string>();
  for (const term of terms) {
    const problem = termProblem(term);
    if (problem) {
      add(`${where} "${term}" ${problem}.`);
      continue;
    }
    const key = termKey(term) as string;
    const twin = keys.get(key);
    if (twin !== undefined) add(`${where} "${term}" repeats "${twin}" (both match the same words).`);
    else keys.set(key, term);
  }
}

/** Every level once, each sourced, years contiguous from 0 with no gap, overlap or early end. */
export function validateSalaryBands(bands: readonly SalaryBand[]): string[] {
  const problems: string[] = [];
  const add = (p: string) => problems.push(p);
  if (bands.length === 0) return ['There are no salary bands.'];
  for (const b of bands) {
    const where = `Salary band "${b.level}"`;
    if (!LEVELS.includes(b.level)) add(`${where} has an unknown level.`);
    if (blank(b.label)) add(`${where} has a blank label.`);
    if (!b.source || blank(b.source.name)) add(`${where} has no source.`);
    else if (!Number.isInteger(b.source.year) || b.source.year < 2000) add(`${where} source has an invalid year.`);
    if (!(b.years.min >= 0)) add(`${where} starts at a negative number of years.`);
    if (b.years.max !== null && !(b.years.max > b.years.min)) add(`${where} years end before they start.`);
    if (!(b.lpa.min > 0)) add(`${where} has a non-positive LPA minimum.`);
    if (b.lpa.max !== null && !(b.lpa.max > b.lpa.min)) add(`${where} LPA range ends before it starts.`);
  }
  for (const level of LEVELS) {
    const n = bands.filter((b) => b.level === level).length;
    if (n !== 1) add(`Salary level "${level}" has ${n} bands; expected exactly one.`);
  }

  const sorted = [...bands].sort((a, b) => a.years.min - b.years.min);
  const first = sorted[0];
  if (first && first.years.min !== 0) add(`Salary bands start at ${first.years.min} years, not 0: freshers have no band.`);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const next = sorted[i];
    if (!prev || !next) continue;
    if (prev.years.max === null) add(`Salary band "${prev.level}" is open-ended but "${next.level}" follows it (overlap).`);
    else if (prev.years.max > next.years.min) add(`Salary bands "${prev.level}" and "${next.level}" overlap in years.`);
    else if (prev.years.max < next.years.min) add(`Salary bands "${prev.level}" and "${next.level}" leave a gap in years.`);
    if (prev.lpa.min > next.lpa.min) add(`Salary band "${next.level}" pays less than the more junior "${prev.level}".`);
  }
  const last = sorted[sorted.length - 1];
  if (last && last.years.max !== null) add(`The most senior salary band ends at ${last.years.max} years; it should be open-ended.`);
  return problems;
}
