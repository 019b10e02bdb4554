import { describe, expect, it } from 'vitest';
import { buildDataset, questionById } from '@/data/dataset';
import { allGuides } from '@/data/roles/all';
import { DRAWS_ON, ROLE_NAMES } from '@/data/roles';
import { negotiationAdvice, salaryBands, salaryCaveat, salarySource } from '@/data/salary';
import { CATEGORIES, ROLES, type Question, type Role, type RoleGuide } from '@/data/schema';
import { MIN_QUESTIONS, nearDuplicates, validateGuides, validateSalaryBands } from '@/data/validate';
import { formatLpa } from '@/utils/pay/compare-band';

const formatBand = (b: { lpa: { min: number; max: number | null } }) => formatLpa(b.lpa.min, b.lpa.max);

type Guides = Record<Role, RoleGuide>;
/** A deep copy to break without touching the bundled modules. */
const copy = (): Guides => structuredClone(allGuides);
const backend = allGuides.backend;
const q = (g: Guides | RoleGuide, id: string): Question => {
  const pool = 'questions' in g ? [g as RoleGuide] : Object.values(g as Guides);
  const found = pool.flatMap((x) => x.questions).find((x) => x.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');

const SEED_IDS = [
  'tech-process-vs-thread', 'tech-sql-vs-nosql', 'tech-rest-vs-graphql', 'tech-schema-design-indexing',
  'tech-slow-query', 'tech-cap-theorem', 'tech-auth', 'tech-caching', 'tech-million-requests',
  'tech-idempotency', 'tech-message-queues', 'beh-performance-problem', 'beh-wrong-architecture',
  'sit-production-500s', 'sit-third-party-down', 'sit-risky-migration', 'sal-expected-ctc',
  'sal-modest-hike', 'ask-architecture', 'ask-on-call', 'ask-scaling-challenges',
];

describe('bundled role modules', () => {
  it('validate clean', () => {
    expect(validateGuides(allGuides)).toEqual([]);
    expect(validateSalaryBands(salaryBands)).toEqual([]);
  });

  it('cover every role, each module under its own id and name', () => {
    expect(Object.keys(allGuides).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) {
      expect(allGuides[role].role).toBe(role);
      expect(allGuides[role].name).toBe(ROLE_NAMES[role]);
    }
  });

  it('give every role its minimum of questions, and General its pool of HR, behavioural, coding, salary and ask questions', () => {
    for (const role of ROLES) {
      const dataset = buildDataset(role, allGuides);
      const own = dataset.questions.filter((x) => x.role !== 'general');
      if (role === 'general') expect(dataset.questions.length, role).toBeGreaterThanOrEqual(MIN_QUESTIONS.general - 10);
      else expect(own.length, role).toBeGreaterThanOrEqual(MIN_QUESTIONS.role);
    }
    const general = allGuides.general.questions;
    expect(general.length).toBeGreaterThanOrEqual(25);
    for (const category of ['hr', 'behavioural', 'coding', 'salary', 'ask-interviewer'] as const) {
      expect(general.filter((x) => x.category === category).length, category).toBeGreaterThanOrEqual(3);
    }
  });

  it('keep the 21 seed questions of the backend guide, ids unchanged and in their order', () => {
    const ids = backend.questions.map((x) => x.id);
    expect(ids.filter((id) => SEED_IDS.includes(id))).toEqual(SEED_IDS);
  });

  it('keep the words users recognise in the seed question text', () => {
    const text = (id: string) => q(backend, id).text;
    expect(text('tech-process-vs-thread')).toMatch(/process.*thread/);
    expect(text('tech-sql-vs-nosql')).toMatch(/SQL.*NoSQL/);
    expect(text('tech-cap-theorem')).toContain('CAP theorem');
    expect(text('tech-idempotency')).toMatch(/idempotency/i);
    expect(text('tech-message-queues')).toContain('message queues');
    expect(text('sit-production-500s')).toContain('500 errors');
    expect(text('sit-third-party-down')).toContain('third-party API');
    expect(text('sit-risky-migration')).toContain('risky database migration');
  });

  it('give the seed questions 2–4 sentences of guidance', () => {
    for (const id of SEED_IDS) {
      const n = sentences(q(backend, id).guidance).length;
      expect(n, `${id}: ${n} sentences`).toBeGreaterThanOrEqual(2);
      expect(n, `${id}: ${n} sentences`).toBeLessThanOrEqual(4);
    }
  });

  it('carry the seed guidance facts over', () => {
    const g = (id: string) => q(backend, id).guidance;
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

  it('state the salary figures in the expected-CTC answer exactly as the guide bands do', () => {
    const guidance = q(backend, 'sal-expected-ctc').guidance;
    for (const band of salaryBands) expect(guidance).toContain(formatBand(band));
  });

  it('cover what Indian interviews ask for each role (a sample of known questions)', () => {
    const text = (role: Role) => allGuides[role].questions.map((x) => `${x.text} ${x.guidance}`).join(' ');
    expect(text('backend')).toMatch(/Spring/);
    expect(text('backend')).toMatch(/token bucket/i);
    expect(text('frontend')).toMatch(/closure/i);
    expect(text('frontend')).toMatch(/microtask/i);
    expect(text('frontend')).toMatch(/Core Web Vitals/);
    expect(text('data-engineering')).toMatch(/window function/i);
    expect(text('data-engineering')).toMatch(/skew/i);
    expect(text('data-engineering')).toMatch(/slowly changing dimension/i);
    expect(text('mobile')).toMatch(/lifecycle/i);
    expect(text('devops')).toMatch(/readiness/i);
    expect(text('qa')).toMatch(/Page Object/i);
    expect(text('data-science')).toMatch(/bias.variance/i);
    expect(text('general')).toMatch(/notice period/i);
    expect(text('general')).toMatch(/counter-offer/i);
  });
});

describe('role datasets', () => {
  it('put a role’s own questions first, then those tagged for it, then General', () => {
    const d = buildDataset('fullstack', allGuides);
    const roles = d.questions.map((x) => x.role);
    expect(roles[0]).toBe('fullstack');
    expect(roles.indexOf('general')).toBeGreaterThan(roles.lastIndexOf('fullstack'));
    expect(d.questions.some((x) => x.role === 'frontend' && x.alsoFor?.includes('fullstack'))).toBe(true);
    expect(d.questions.some((x) => x.role === 'backend' && x.alsoFor?.includes('fullstack'))).toBe(true);
    expect(d.questions.every((x) => ['fullstack', 'general'].includes(x.role) || x.alsoFor?.includes('fullstack'))).toBe(true);
  });

  it('give a non-software posting the General pool without the coding round', () => {
    const d = buildDataset('general', allGuides);
    expect(d.questions.every((x) => x.role === 'general' && x.category !== 'coding')).toBe(true);
    expect(d.questions.length).toBe(allGuides.general.questions.filter((x) => x.category !== 'coding').length);
  });

  it('know every topic their questions name', () => {
    for (const role of ROLES) {
      const d = buildDataset(role, allGuides);
      const topics = new Set(d.topics.map((t) => t.id));
      for (const question of d.questions) for (const t of question.topics) expect(topics, `${role}: ${question.id}`).toContain(t);
    }
  });

  it('load with everything DRAWS_ON names: every alsoFor tag is covered', () => {
    for (const role of ROLES) {
      for (const question of allGuides[role].questions) {
        for (const other of question.alsoFor ?? []) expect(DRAWS_ON[other], `${question.id} → ${other}`).toContain(role);
      }
    }
  });
});

describe('questionById', () => {
  it('finds live ids of any role and returns undefined for unknown ones', () => {
    expect(questionById('tech-caching', allGuides)?.category).toBe('technical');
    expect(questionById('tech-caching', allGuides)?.role).toBe('backend');
    expect(questionById(allGuides.frontend.questions[0]!.id, allGuides)?.role).toBe('frontend');
    expect(questionById('no-such-question', allGuides)).toBeUndefined();
    expect(questionById('toString', allGuides)).toBeUndefined();
  });
});

describe('the guide’s salary figures', () => {
  it('are three bands with the guide figures and year boundaries', () => {
    expect(salaryBands.map((b) => [b.level, b.lpa.min, b.lpa.max, b.years.min, b.years.max])).toEqual([
      ['fresher', 5, 10, 0, 2],
      ['mid', 12, 24, 2, 6],
      ['senior', 28, null, 6, null],
    ]);
    expect(salaryBands.map(formatBand)).toEqual(['₹5–10 LPA', '₹12–24 LPA', '₹28 LPA+']);
    for (const band of salaryBands) expect(band.source).toEqual({ name: 'Backend Developer Interview Guide, India', year: 2025 });
    expect(salarySource.year).toBe(2025);
    expect(salaryCaveat).toMatch(/city/);
    expect(salaryCaveat).toMatch(/tier/);
  });

  it('come with short negotiation advice', () => {
    const text = negotiationAdvice.map((a) => a.text).join(' ');
    expect(new Set(negotiationAdvice.map((a) => a.id)).size).toBe(negotiationAdvice.length);
    for (const needle of [/band/, /first/, /impact/, /AmbitionBox/, /Levels\.fyi/, /ESOPs/, /joining bonus/, /six months/]) {
      expect(text).toMatch(needle);
    }
  });
});

describe('nearDuplicates', () => {
  it('pairs questions that ask the same thing in other words, and only those', () => {
    const pairs = nearDuplicates([
      { id: 'a', text: 'What is the difference between a process and a thread?' },
      { id: 'b', text: 'Explain the difference between a thread and a process.' },
      { id: 'c', text: 'How do you design a rate limiter?' },
    ]);
    expect(pairs).toEqual([['a', 'b']]);
  });
});

describe('validateGuides catches defects', () => {
  type Break = [name: string, mutate: (g: Guides) => void, expected: RegExp];
  const first = (g: Guides, role: Role = 'backend') => g[role].topics[0]!;
  const cases: Break[] = [
    ['duplicate question id across roles', (g) => { g.frontend.questions[0]!.id = 'tech-caching'; }, /Duplicate question id "tech-caching"/],
    ['blank guidance', (g) => { q(g, 'tech-auth').guidance = '   '; }, /"tech-auth" has blank guidance/],
    ['guidance too short', (g) => { q(g, 'tech-auth').guidance = 'Use JWTs.'; }, /"tech-auth" has guidance too short/],
    ['blank text', (g) => { q(g, 'tech-auth').text = ''; }, /"tech-auth" has blank text/],
    ['empty topics list', (g) => { q(g, 'tech-auth').topics = []; }, /"tech-auth" has an empty topics list/],
    ['empty keywords list', (g) => { q(g, 'tech-auth').keywords = []; }, /"tech-auth" has an empty keywords list/],
    ['topic of another role', (g) => { q(g, 'tech-auth').topics.push(first(g, 'frontend').id); }, /neither backend's nor General's/],
    ['unknown topic', (g) => { q(g, 'tech-auth').topics.push('astrology'); }, /topic "astrology", which is neither/],
    ['unknown category', (g) => { (q(g, 'tech-auth') as { category: string }).category = 'trivia'; }, /unknown category "trivia"/],
    ['question in the wrong module', (g) => { (q(g, 'tech-auth') as { role: string }).role = 'frontend'; }, /sits in the backend module but says its role is "frontend"/],
    ['alsoFor an unknown role', (g) => { (q(g, 'tech-auth') as { alsoFor?: string[] }).alsoFor = ['astrology']; }, /also for unknown role "astrology"/],
    ['alsoFor a role that does not load it', (g) => { q(g, 'tech-auth').alsoFor = ['qa']; }, /DRAWS_ON.qa does not load backend/],
    ['too few questions', (g) => { g.mobile.questions = g.mobile.questions.slice(0, 5); }, /Role "mobile" has \d+ questions; it needs at least 24/],
    ['near-duplicate in a role', (g) => { g.backend.questions.push({ ...q(g, 'tech-process-vs-thread'), id: 'be-copy', text: 'Explain the difference between a thread and a process.' }); }, /"tech-process-vs-thread" and "be-copy" of backend ask nearly the same thing/],
    ['keyword not lower case', (g) => { q(g, 'tech-auth').keywords.push('OAuth'); }, /keyword "OAuth" is not lower case/],
    ['keyword with too many words', (g) => { q(g, 'tech-auth').keywords.push('a b c d e'); }, /"a b c d e" has no words or more than 4 words/],
    ['keyword repeating another', (g) => { q(g, 'tech-auth').keywords.push('jwts'); }, /"jwts" repeats "jwt"/],
    ['malformed symbol term', (g) => { q(g, 'tech-auth').keywords.push('c++ code'); }, /mixes a symbol term with spaces/],
    ['unknown level', (g) => { (q(g, 'tech-auth') as { levels?: string[] }).levels = ['guru']; }, /unknown level "guru"/],
    ['non-kebab id', (g) => { q(g, 'tech-auth').id = 'Tech Auth'; }, /"Tech Auth" id is not kebab-case/],
    ['duplicate topic id across roles', (g) => { g.frontend.topics.push({ ...first(g) }); }, /Duplicate topic id "[a-z-]+" \(backend and frontend\)/],
    ['topic without terms', (g) => { first(g).terms = []; }, /has no terms/],
    ['topic term not lower case', (g) => { first(g).terms.push('Kafka Connect'); }, /"Kafka Connect" is not lower case/],
    ['module missing', (g) => { delete (g as Partial<Guides>).qa; }, /Role "qa" has no module/],
    ['repeated tip id', (g) => { g.general.tips.push({ ...g.general.tips[0]! }); }, /repeated tip id/],
  ];

  it.each(cases)('%s', (_name, mutate, expected) => {
    const g = copy();
    mutate(g);
    const problems = validateGuides(g);
    expect(problems.some((p) => expected.test(p)), problems.join('\n')).toBe(true);
  });

  it('finds salary bands without a source, overlapping, with gaps or open at the wrong end', () => {
    const broken = (mutate: (b: typeof salaryBands) => void) => {
      const b = structuredClone(salaryBands);
      mutate(b);
      return validateSalaryBands(b).join('\n');
    };
    expect(broken((b) => void ((b[1] as { source: unknown }).source = undefined))).toMatch(/"mid" has no source/);
    expect(broken((b) => void (b[0]!.years.max = 3))).toMatch(/"fresher" and "mid" overlap/);
    expect(broken((b) => void (b[1]!.years.max = 5))).toMatch(/"mid" and "senior" leave a gap/);
    expect(broken((b) => void (b[2]!.years.max = 15))).toMatch(/should be open-ended/);
    expect(broken((b) => void b.pop())).toMatch(/"senior" has 0 bands/);
    expect(broken((b) => void (b[1]!.lpa = { min: 24, max: 12 }))).toMatch(/LPA range ends before it starts/);
  });
});

describe('every category has a label', () => {
  it('is a known list', () => {
    expect(CATEGORIES).toEqual(['technical', 'coding', 'behavioural', 'situational', 'hr', 'salary', 'ask-interviewer']);
  });
});
