import { describe, expect, it } from 'vitest';
import {
  dataset,
  interviewProcess,
  negotiationAdvice,
  questionById,
  salaryCaveat,
  salarySource,
} from '@/data';
import { CATEGORIES, type Category, type Dataset, type Question } from '@/data/schema';
import { validateDataset } from '@/data/validate';
import { growDataset } from '@/utils/grow-dataset';
import { formatBand } from '@/utils/salary-band';

/** A deep copy to break without touching the bundled dataset. */
const copy = (): Dataset => structuredClone(dataset);
const q = (d: Dataset, id: string): Question => {
  const found = d.questions.find((x) => x.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');

describe('bundled dataset', () => {
  it('validates clean', () => {
    expect(validateDataset(dataset)).toEqual([]);
  });

  it('is the backend role with a title', () => {
    expect(dataset.role).toBe('backend');
    expect(dataset.title).toMatch(/backend/i);
  });

  it('has 21 questions: 11 technical, 2 behavioural, 3 situational, 2 salary, 3 to ask', () => {
    const counts = Object.fromEntries(CATEGORIES.map((c) => [c, dataset.questions.filter((x) => x.category === c).length]));
    expect(counts).toEqual({ technical: 11, behavioural: 2, situational: 3, salary: 2, 'ask-interviewer': 3 } satisfies Record<Category, number>);
    expect(dataset.questions).toHaveLength(21);
  });

  it('uses the agreed stable ids', () => {
    expect(dataset.questions.map((x) => x.id)).toEqual([
      'tech-process-vs-thread', 'tech-sql-vs-nosql', 'tech-rest-vs-graphql', 'tech-schema-design-indexing',
      'tech-slow-query', 'tech-cap-theorem', 'tech-auth', 'tech-caching', 'tech-million-requests',
      'tech-idempotency', 'tech-message-queues', 'beh-performance-problem', 'beh-wrong-architecture',
      'sit-production-500s', 'sit-third-party-down', 'sit-risky-migration', 'sal-expected-ctc',
      'sal-modest-hike', 'ask-architecture', 'ask-on-call', 'ask-scaling-challenges',
    ]);
  });

  it('keeps the words users recognise in the question text', () => {
    const text = (id: string) => q(dataset, id).text;
    expect(text('tech-process-vs-thread')).toMatch(/process.*thread/);
    expect(text('tech-sql-vs-nosql')).toMatch(/SQL.*NoSQL/);
    expect(text('tech-cap-theorem')).toContain('CAP theorem');
    expect(text('tech-idempotency')).toMatch(/idempotency/i);
    expect(text('tech-message-queues')).toContain('message queues');
    expect(text('sit-production-500s')).toContain('500 errors');
    expect(text('sit-third-party-down')).toContain('third-party API');
    expect(text('sit-risky-migration')).toContain('risky database migration');
  });

  it('gives every question 2–4 sentences of guidance', () => {
    for (const question of dataset.questions) {
      const n = sentences(question.guidance).length;
      expect(n, `${question.id}: ${n} sentences`).toBeGreaterThanOrEqual(2);
      expect(n, `${question.id}: ${n} sentences`).toBeLessThanOrEqual(4);
    }
  });

  it('carries the guidance facts over', () => {
    const g = (id: string) => q(dataset, id).guidance;
    expect(g('tech-message-queues')).toMatch(/RabbitMQ.*Kafka.*SQS/);
    expect(g('tech-auth')).toMatch(/bcrypt.*argon2/);
    expect(g('tech-slow-query')).toMatch(/EXPLAIN/);
    expect(g('tech-slow-query')).toMatch(/N\+1/);
    expect(g('tech-caching')).toMatch(/cache-aside.*write-through.*write-behind/);
    expect(g('tech-caching')).toMatch(/stampede/);
    expect(g('tech-idempotency')).toMatch(/idempotency keys/);
    expect(g('sit-risky-migration')).toMatch(/expand, migrate, contract/);
    expect(g('sal-modest-hike')).toMatch(/AmbitionBox.*Levels\.fyi/);
    expect(g('sal-modest-hike')).toMatch(/ESOPs.*joining bonus.*six months/);
  });

  it('states the salary figures in the expected-CTC answer exactly as the bands do', () => {
    const guidance = q(dataset, 'sal-expected-ctc').guidance;
    for (const band of dataset.salaryBands) expect(guidance).toContain(formatBand(band));
  });

  it('tags every question with known topics and lower-case keywords', () => {
    const topicIds = new Set(dataset.topics.map((t) => t.id));
    for (const question of dataset.questions) {
      expect(question.role).toBe('backend');
      expect(question.topics.length).toBeGreaterThan(0);
      expect(question.keywords.length).toBeGreaterThan(0);
      for (const t of question.topics) expect(topicIds).toContain(t);
      for (const k of question.keywords) expect(k).toBe(k.toLowerCase());
    }
  });

  it('has the four success tips', () => {
    expect(dataset.tips.map((t) => t.id)).toEqual(['star-method', 'research-first', 'salary-number-last', 'virtual-interviews']);
    const body = (id: string) => dataset.tips.find((t) => t.id === id)?.body ?? '';
    expect(body('star-method')).toMatch(/Situation, Task, Action and Result/);
    expect(body('research-first')).toMatch(/LinkedIn.*Glassdoor/);
    expect(body('salary-number-last')).toMatch(/budgeted range/);
    expect(body('virtual-interviews')).toMatch(/half an hour/);
    expect(body('virtual-interviews')).toMatch(/five minutes early/);
  });

  it('has three salary bands with the guide figures and year boundaries', () => {
    expect(dataset.salaryBands.map((b) => [b.level, b.lpa.min, b.lpa.max, b.years.min, b.years.max])).toEqual([
      ['fresher', 5, 10, 0, 2],
      ['mid', 12, 24, 2, 6],
      ['senior', 28, null, 6, null],
    ]);
    expect(dataset.salaryBands.map(formatBand)).toEqual(['₹5–10 LPA', '₹12–24 LPA', '₹28 LPA+']);
    for (const band of dataset.salaryBands) expect(band.source).toEqual({ name: 'Backend Developer Interview Guide, India', year: 2025 });
    expect(salarySource.year).toBe(2025);
    expect(salaryCaveat).toMatch(/city/);
    expect(salaryCaveat).toMatch(/tier/);
  });

  it('lists the negotiation advice as short items', () => {
    const text = negotiationAdvice.map((a) => a.text).join(' ');
    expect(negotiationAdvice.length).toBeGreaterThanOrEqual(5);
    expect(new Set(negotiationAdvice.map((a) => a.id)).size).toBe(negotiationAdvice.length);
    for (const needle of [/band/, /first/, /impact/, /AmbitionBox/, /Levels\.fyi/, /ESOPs/, /joining bonus/, /six months/]) {
      expect(text).toMatch(needle);
    }
  });

  it('describes the interview rounds and what interviewers look for', () => {
    expect(interviewProcess.rounds.map((r) => r.id)).toEqual(['technical-screen', 'deep-dive', 'design-or-practical', 'hr-managerial']);
    expect(interviewProcess.summary).toMatch(/reason/);
    expect(interviewProcess.advice.map((a) => a.id)).toEqual(['think-aloud', 'state-assumptions', 'real-examples']);
  });
});

describe('questionById', () => {
  it('finds live ids and returns undefined for unknown ones', () => {
    expect(questionById('tech-caching')?.category).toBe('technical');
    expect(questionById('no-such-question')).toBeUndefined();
    expect(questionById('toString')).toBeUndefined();
  });

  it('follows an alias to the current question', () => {
    const d = copy();
    d.idAliases = { 'tech-redis-caching': 'tech-caching' };
    expect(validateDataset(d)).toEqual([]);
    expect(questionById('tech-redis-caching', d)?.id).toBe('tech-caching');
  });
});

describe('validateDataset catches defects', () => {
  type Break = [name: string, mutate: (d: Dataset) => void, expected: RegExp];
  const cases: Break[] = [
    ['duplicate question id', (d) => { q(d, 'tech-auth').id = 'tech-caching'; }, /Duplicate question id "tech-caching"/],
    ['blank guidance', (d) => { q(d, 'tech-auth').guidance = '   '; }, /"tech-auth" has blank guidance/],
    ['blank text', (d) => { q(d, 'tech-auth').text = ''; }, /"tech-auth" has blank text/],
    ['empty topics list', (d) => { q(d, 'tech-auth').topics = []; }, /"tech-auth" has an empty topics list/],
    ['empty keywords list', (d) => { q(d, 'tech-auth').keywords = []; }, /"tech-auth" has an empty keywords list/],
    ['unknown topic', (d) => { q(d, 'tech-auth').topics.push('astrology'); }, /unknown topic "astrology"/],
    ['unknown category', (d) => { (q(d, 'tech-auth') as { category: string }).category = 'trivia'; }, /unknown category "trivia"/],
    ['unknown question role', (d) => { (q(d, 'tech-auth') as { role: string }).role = 'frontend'; }, /"tech-auth" has unknown role "frontend"/],
    ['unknown dataset role', (d) => { (d as { role: string }).role = 'frontend'; }, /Dataset has unknown role/],
    ['keyword not lower case', (d) => { q(d, 'tech-auth').keywords.push('OAuth'); }, /keyword "OAuth" is not lower case/],
    ['keyword with too many words', (d) => { q(d, 'tech-auth').keywords.push('a b c d e'); }, /"a b c d e" has no words or more than 4 words/],
    ['keyword repeating another', (d) => { q(d, 'tech-auth').keywords.push('jwts'); }, /"jwts" repeats "jwt"/],
    ['blank keyword', (d) => { q(d, 'tech-auth').keywords.push(' '); }, /keyword " " is blank/],
    ['malformed symbol term', (d) => { q(d, 'tech-auth').keywords.push('c++ code'); }, /mixes a symbol term with spaces/],
    ['unknown level', (d) => { (q(d, 'tech-auth') as { levels?: string[] }).levels = ['guru']; }, /unknown level "guru"/],
    ['non-kebab id', (d) => { q(d, 'tech-auth').id = 'Tech Auth'; }, /"Tech Auth" id is not kebab-case/],
    ['duplicate topic id', (d) => { d.topics.push({ ...(d.topics[0] as Dataset['topics'][number]) }); }, /Duplicate topic id/],
    ['topic without terms', (d) => { (d.topics[0] as Dataset['topics'][number]).terms = []; }, /has no terms/],
    ['topic term not lower case', (d) => { (d.topics[0] as Dataset['topics'][number]).terms.push('Kafka Connect'); }, /"Kafka Connect" is not lower case/],
    ['alias to unknown id', (d) => { d.idAliases = { 'old-id': 'missing-id' }; }, /Alias "old-id" points at unknown question "missing-id"/],
    ['alias equal to a live id', (d) => { d.idAliases = { 'tech-auth': 'tech-caching' }; }, /Alias "tech-auth" is also a live question id/],
    ['alias chain', (d) => { d.idAliases = { 'a-old': 'b-old', 'b-old': 'tech-auth' }; }, /"a-old" -> "b-old" is a chain/],
    ['self alias', (d) => { d.idAliases = { 'a-old': 'a-old' }; }, /"a-old" points at itself/],
    ['duplicate tip id', (d) => { d.tips.push({ ...(d.tips[0] as Dataset['tips'][number]) }); }, /Duplicate tip id "star-method"/],
    ['blank tip body', (d) => { (d.tips[0] as Dataset['tips'][number]).body = ''; }, /Tip "star-method" has a blank body/],
    ['band without source', (d) => { (d.salaryBands[1] as { source: unknown }).source = undefined; }, /Salary band "mid" has no source/],
    ['band with blank source name', (d) => { (d.salaryBands[1] as Dataset['salaryBands'][number]).source = { name: ' ', year: 2025 }; }, /"mid" has no source/],
    ['overlapping bands', (d) => { (d.salaryBands[0] as Dataset['salaryBands'][number]).years.max = 3; }, /"fresher" and "mid" overlap/],
    ['gap between bands', (d) => { (d.salaryBands[1] as Dataset['salaryBands'][number]).years.max = 5; }, /"mid" and "senior" leave a gap/],
    ['bands not starting at 0', (d) => { (d.salaryBands[0] as Dataset['salaryBands'][number]).years.min = 1; }, /start at 1 years, not 0/],
    ['closed top band', (d) => { (d.salaryBands[2] as Dataset['salaryBands'][number]).years.max = 15; }, /should be open-ended/],
    ['missing level', (d) => { d.salaryBands.pop(); }, /"senior" has 0 bands/],
    ['inverted LPA range', (d) => { (d.salaryBands[1] as Dataset['salaryBands'][number]).lpa = { min: 24, max: 12 }; }, /LPA range ends before it starts/],
  ];

  it.each(cases)('%s', (_name, mutate, expected) => {
    const d = copy();
    mutate(d);
    const problems = validateDataset(d);
    expect(problems.some((p) => expected.test(p)), problems.join('\n')).toBe(true);
  });

  it('leaves the bundled dataset untouched while checking broken copies', () => {
    expect(validateDataset(dataset)).toEqual([]);
  });
});

describe('growDataset', () => {
  it('multiplies questions and topics with distinct ids and still validates', () => {
    const grown = growDataset(dataset, 5);
    expect(grown.questions).toHaveLength(21 * 5);
    expect(grown.topics).toHaveLength(dataset.topics.length * 5);
    expect(new Set(grown.questions.map((x) => x.id)).size).toBe(grown.questions.length);
    expect(validateDataset(grown)).toEqual([]);
    // Copy 0 is the original, so real postings still match it.
    expect(grown.questions.slice(0, 21)).toEqual(dataset.questions);
  });

  it('adds terms that are distinct from every original term', () => {
    const grown = growDataset(dataset, 3);
    const original = new Set(dataset.topics.flatMap((t) => t.terms));
    const added = grown.topics.slice(dataset.topics.length).flatMap((t) => t.terms);
    expect(added.some((t) => original.has(t))).toBe(false);
    // Each copy adds its own set of terms (terms shared between topics stay shared within a copy).
    expect(new Set(added).size).toBe(2 * original.size);
  });
});
