import { CATEGORIES, ROLES, type Dataset, type SeniorityLevel } from './schema';
import { termKey, termProblem } from '@/utils/terms';

/**
 * Checks what the types cannot. Returns human-readable problems; an empty
 * array means the dataset is valid. The unit tests run it on the bundled
 * dataset, so a bad edit to data/ fails CI rather than reaching users.
 */

const LEVELS: readonly SeniorityLevel[] = ['fresher', 'mid', 'senior'];
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const blank = (s: unknown): boolean => typeof s !== 'string' || s.trim() === '';

export function validateDataset(d: Dataset): string[] {
  const problems: string[] = [];
  const add = (p: string) => problems.push(p);

  if (!(ROLES as readonly string[]).includes(d.role)) add(`Dataset has unknown role "${d.role}".`);
  if (blank(d.title)) add('Dataset title is blank.');

  // ------------------------------------------------------------ topics
  const topicIds = new Set<string>();
  for (const [i, t] of d.topics.entries()) {
    const where = `Topic "${t.id}"`;
    if (blank(t.id)) add(`Topic #${i + 1} has a blank id.`);
    else if (!ID_RE.test(t.id)) add(`${where} id is not kebab-case.`);
    if (topicIds.has(t.id)) add(`Duplicate topic id "${t.id}".`);
    topicIds.add(t.id);
    if (blank(t.label)) add(`${where} has a blank label.`);
    if (t.terms.length === 0) add(`${where} has no terms.`);
    checkTerms(t.terms, `${where} term`, add);
  }

  // ------------------------------------------------------------ questions
  const questionIds = new Set<string>();
  for (const [i, q] of d.questions.entries()) {
    const where = `Question "${q.id}"`;
    if (blank(q.id)) add(`Question #${i + 1} has a blank id.`);
    else if (!ID_RE.test(q.id)) add(`${where} id is not kebab-case.`);
    if (questionIds.has(q.id)) add(`Duplicate question id "${q.id}".`);
    questionIds.add(q.id);
    if (!(CATEGORIES as readonly string[]).includes(q.category)) add(`${where} has unknown category "${q.category}".`);
    if (!(ROLES as readonly string[]).includes(q.role)) add(`${where} has unknown role "${q.role}".`);
    if (blank(q.text)) add(`${where} has blank text.`);
    if (blank(q.guidance)) add(`${where} has blank guidance.`);
    if (q.topics.length === 0) add(`${where} has an empty topics list.`);
    if (new Set(q.topics).size !== q.topics.length) add(`${where} lists a topic twice.`);
    for (const topic of q.topics) {
      if (!topicIds.has(topic)) add(`${where} refers to unknown topic "${topic}".`);
    }
    if (q.keywords.length === 0) add(`${where} has an empty keywords list.`);
    checkTerms(q.keywords, `${where} keyword`, add);
    if (q.levels !== undefined) {
      if (q.levels.length === 0) add(`${where} has an empty levels list (omit it to mean every level).`);
      for (const level of q.levels) {
        if (!LEVELS.includes(level)) add(`${where} has unknown level "${level}".`);
      }
    }
  }

  // ------------------------------------------------------------ aliases
  for (const [from, to] of Object.entries(d.idAliases)) {
    if (questionIds.has(from)) add(`Alias "${from}" is also a live question id.`);
    if (from === to) add(`Alias "${from}" points at itself.`);
    else if (Object.hasOwn(d.idAliases, to)) add(`Alias "${from}" -> "${to}" is a chain: "${to}" is itself an alias.`);
    else if (!questionIds.has(to)) add(`Alias "${from}" points at unknown question "${to}".`);
  }

  // ------------------------------------------------------------ tips
  const tipIds = new Set<string>();
  for (const t of d.tips) {
    if (blank(t.id)) add('A tip has a blank id.');
    if (tipIds.has(t.id)) add(`Duplicate tip id "${t.id}".`);
    tipIds.add(t.id);
    if (blank(t.title)) add(`Tip "${t.id}" has a blank title.`);
    if (blank(t.body)) add(`Tip "${t.id}" has a blank body.`);
  }

  checkSalaryBands(d, add);
  return problems;
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
function checkSalaryBands(d: Dataset, add: (p: string) => void): void {
  const bands = d.salaryBands;
  if (bands.length === 0) {
    add('There are no salary bands.');
    return;
  }
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
}
