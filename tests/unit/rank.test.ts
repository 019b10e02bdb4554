import { describe, expect, it } from 'vitest';
import { buildDataset } from '@/data/dataset';
import { allGuides } from '@/data/roles/all';
import type { Category, Dataset, Question } from '@/data/schema';
import { countRelevant, rankQuestions, type RankedQuestion } from '@/utils/ranking/rank-questions';
import { prepareRanking } from '@/utils/ranking/term-index';
import { growDataset } from '../../bench/grow-dataset';
import { postings } from './fixtures/postings';

/** The backend postings of the fixtures are ranked against the Backend dataset (its questions, then General's). */
const dataset = buildDataset('backend', allGuides);

const ids = (ranked: RankedQuestion[], n = ranked.length) => ranked.slice(0, n).map((r) => r.question.id);
const find = (ranked: RankedQuestion[], id: string): RankedQuestion => {
  const r = ranked.find((x) => x.question.id === id);
  if (!r) throw new Error(`${id} not ranked`);
  return r;
};
const CORE: Category[] = ['technical', 'situational'];

/** A one-topic-per-question dataset to probe term matching in isolation. */
function probe(terms: Record<string, string[]>): Dataset {
  const questions: Question[] = Object.keys(terms).map((id) => ({
    id,
    category: 'technical',
    role: 'backend',
    text: `Question about ${id}?`,
    guidance: 'Answer it. Well.',
    topics: [id],
    keywords: [id],
  }));
  return {
    role: 'backend',
    name: 'Backend',
    phrase: 'backend',
    questions,
    tips: [],
    rounds: [],
    topics: Object.entries(terms).map(([id, t]) => ({ id, label: id, terms: t })),
  };
}
const matchedIn = (d: Dataset, description: string, title = ''): Record<string, string[]> =>
  Object.fromEntries(rankQuestions({ title, description }, d).filter((r) => r.matched.length > 0).map((r) => [r.question.id, r.matched]));

describe('fixtures', () => {
  it('has at least 18 realistic postings across the supported sites', () => {
    expect(postings.length).toBeGreaterThanOrEqual(18);
    const sites = new Set(postings.map((p) => p.posting.site));
    for (const site of ['linkedin', 'naukri', 'indeed', 'glassdoor', 'instahyre', 'wellfound', 'foundit', 'cutshort', 'hirist', 'iimjobs', 'greenhouse', 'lever', 'ashby', 'workday']) {
      expect(sites, site).toContain(site);
    }
    for (const { name, posting } of postings) {
      expect(posting.description.length, name).toBeGreaterThanOrEqual(800);
      expect(posting.description.length, name).toBeLessThanOrEqual(3000);
    }
  });
});

describe('rankQuestions on realistic postings', () => {
  const table = postings.map((f) => [f.name, f] as const);

  it.each(table)('%s: expected questions are in the top five', (_name, f) => {
    const ranked = rankQuestions(f.posting, dataset);
    const top5 = ids(ranked, 5);
    for (const id of f.top5) expect(top5, `${id} in ${top5.join(', ')}`).toContain(id);
    for (const id of f.picks ?? []) expect(ids(ranked, 10)).toContain(id);
  });

  it.each(table)('%s: returns every question exactly once', (_name, f) => {
    const ranked = rankQuestions(f.posting, dataset);
    expect([...ids(ranked)].sort()).toEqual(dataset.questions.map((q) => q.id).sort());
  });

  it.each(table)('%s: top ten holds a behavioural, an HR, a salary and an ask-the-interviewer question', (_name, f) => {
    const top10 = rankQuestions(f.posting, dataset).slice(0, 10).map((r) => r.question.category);
    expect(top10).toContain('behavioural');
    expect(top10).toContain('hr');
    expect(top10).toContain('salary');
    expect(top10).toContain('ask-interviewer');
  });

  it.each(table)('%s: technical picks say what matched and why', (_name, f) => {
    const ranked = rankQuestions(f.posting, dataset);
    for (const id of f.top5) {
      const r = find(ranked, id);
      expect(r.matched.length).toBeGreaterThan(0);
      expect(r.score).toBeGreaterThan(0);
      expect(r.reason).toMatch(/^The posting mentions .+\.$/);
      // Every matched term is quoted as the posting wrote it.
      const text = `${f.posting.title}\n${f.posting.description}`;
      for (const term of r.matched) expect(text).toContain(term);
    }
    for (const r of ranked) expect(r.reason.length).toBeGreaterThan(0);
  });

  it.each(table)('%s: the top five are technical/situational whenever five of them match', (_name, f) => {
    const ranked = rankQuestions(f.posting, dataset);
    const coreMatches = ranked.filter((r) => CORE.includes(r.question.category) && r.score > 0);
    // The lead is the best-scoring technical/situational matches, up to five of them.
    const best = [...coreMatches].sort((a, b) => b.score - a.score).slice(0, 5);
    const lead = ranked.slice(0, best.length);
    expect(lead.every((r) => CORE.includes(r.question.category))).toBe(true);
    expect(lead.map((r) => r.score)).toEqual(best.map((r) => r.score));
  });

  it.each(postings.filter((f) => f.unmatched).map((f) => [f.name, f] as const))('%s: no bogus matches', (_name, f) => {
    const ranked = rankQuestions(f.posting, dataset);
    for (const id of f.unmatched ?? []) expect(find(ranked, id).matched, id).toEqual([]);
  });

  it('quotes the terms and the topic in the reason', () => {
    const f = postings.find((p) => p.name.includes('Kafka and RabbitMQ'));
    const r = find(rankQuestions(f!.posting, dataset), 'tech-message-queues');
    expect(r.matched).toEqual(expect.arrayContaining(['Kafka', 'RabbitMQ']));
    expect(r.reason).toMatch(/Kafka/);
    expect(r.reason).toMatch(/\(message queues\)/);
  });

  it('picks the on-call question to ask when the posting talks about on-call', () => {
    const f = postings.find((p) => p.name.includes('on-call'))!;
    const ranked = rankQuestions(f.posting, dataset);
    expect(ranked.find((r) => r.question.category === 'ask-interviewer')?.question.id).toBe('ask-on-call');
  });

  it('picks the performance story for a performance-heavy posting', () => {
    const f = postings.find((p) => p.name.includes('performance engineering'))!;
    const ranked = rankQuestions(f.posting, dataset);
    expect(ranked.find((r) => r.question.category === 'behavioural')?.question.id).toBe('beh-performance-problem');
  });

  it('finds nothing in a posting with no backend terms and still leads with one question per category', () => {
    const f = postings.find((p) => p.name.includes('trap words'))!;
    const ranked = rankQuestions(f.posting, dataset);
    expect(ranked.filter((r) => CORE.includes(r.question.category)).every((r) => r.matched.length === 0)).toBe(true);
    expect(ranked.slice(0, 4).map((r) => r.question.category)).toEqual(['behavioural', 'hr', 'salary', 'ask-interviewer']);
  });
});

describe('term matching', () => {
  const d = probe({
    sqs: ['sqs'],
    cap: ['cap theorem'],
    java: ['java'],
    node: ['node.js'],
    cpp: ['c++'],
    csharp: ['c#'],
    dotnet: ['.net'],
    cicd: ['ci/cd'],
    fivexx: ['5xx'],
    pubsub: ['pub/sub'],
    nplus: ['n+1'],
    queue: ['queue', 'message queue'],
  });

  it.each<[string, string, string[]]>([
    ['word boundaries: sqs is not sqsx', 'We use SQSX and sqs_like tools', []],
    ['case-insensitive', 'Runs on AWS SQS', ['sqs']],
    ['cap does not match capable or capital', 'A capable engineer for our capital markets team', []],
    ['cap theorem as a phrase', 'Understands the CAP theorem well', ['cap']],
    ['java does not match javascript', 'Strong JavaScript and TypeScript', []],
    ['java on its own', 'Strong Java (Spring Boot)', ['java']],
    ['node.js written in several ways', 'Node.js, node js and NODE.JS', ['node']],
    ['c++ but not a bare c', 'Section C of the form; we also write C++', ['cpp']],
    ['c++ with a version number', 'Modern C++17 or C++20', ['cpp']],
    ['c# and .net', 'C# on .NET Core', ['csharp', 'dotnet']],
    ['.net is not matched inside a host name', 'visit example.net today', []],
    ['ci/cd in its spellings', 'CI/CD pipelines (CI-CD)', ['cicd']],
    ['5xx inside a list', 'alerts on 4xx/5xx rates', ['fivexx']],
    ['pub/sub and pub-sub', 'Google Pub/Sub or any pub-sub system', ['pubsub']],
    ['n+1 queries', 'Fix N+1 queries in the ORM', ['nplus']],
    ['n+1 is not n or 1', 'n 1 and n-1 and n+12', []],
    ['plural forms meet the singular', 'We run message queues', ['queue']],
  ])('%s', (_name, text, expected) => {
    expect(Object.keys(matchedIn(d, text)).sort()).toEqual([...expected].sort());
  });

  it('quotes the posting surface, and counts a longer phrase once (not its inner word too)', () => {
    expect(matchedIn(d, 'We run Message Queues at scale')).toEqual({ queue: ['Message Queues'] });
    expect(matchedIn(d, 'A queue here, a message queue there').queue?.sort()).toEqual(['message queue', 'queue']);
  });

  it('weighs a title match above a description match', () => {
    const d2 = probe({ kafka: ['kafka'], redis: ['redis'] });
    const ranked = rankQuestions({ title: 'Redis Engineer', description: 'Kafka experience needed.' }, d2);
    expect(find(ranked, 'redis').score).toBeGreaterThan(find(ranked, 'kafka').score);
    expect(ids(ranked, 2)).toEqual(['redis', 'kafka']);
  });

  it('gives distinct terms diminishing returns and repeats almost nothing', () => {
    const d2 = probe({ mq: ['kafka', 'rabbitmq', 'sqs', 'pub/sub', 'event-driven'], cache: ['redis'] });
    const score = (text: string, id: string) => find(rankQuestions({ title: '', description: text }, d2), id).score;
    const once = score('redis', 'cache');
    const spam = score(Array(50).fill('Redis').join(' '), 'cache');
    expect(spam).toBeGreaterThan(once);
    expect(spam).toBeLessThanOrEqual(once * 1.5);
    const terms = ['kafka', 'rabbitmq', 'sqs', 'pub/sub', 'event-driven'];
    const scores = terms.map((_, n) => score(terms.slice(0, n + 1).join(', '), 'mq'));
    for (let n = 1; n < scores.length; n++) {
      const gain = (scores[n] as number) - (scores[n - 1] as number);
      expect(gain).toBeGreaterThan(0);
      if (n > 1) expect(gain).toBeLessThan((scores[n - 1] as number) - (scores[n - 2] as number));
    }
    expect(scores[1]).toBeLessThan(2 * once);
  });

  it('does not let one term repeated 50 times outrank several distinct terms of another topic', () => {
    const description = `${'We love Redis. '.repeat(50)}We also run Kafka, RabbitMQ and SQS with pub/sub for event-driven work.`;
    const ranked = rankQuestions({ title: 'Backend Engineer', description }, dataset);
    expect(find(ranked, 'tech-message-queues').score).toBeGreaterThan(find(ranked, 'tech-caching').score);
    expect(ids(ranked).indexOf('tech-message-queues')).toBeLessThan(ids(ranked).indexOf('tech-caching'));
  });
});

describe('rankQuestions behaviour', () => {
  it('is pure: same input, same output; the dataset is not modified', () => {
    const before = structuredClone(dataset);
    const posting = postings[0]!.posting;
    expect(rankQuestions(posting, dataset)).toEqual(rankQuestions(posting, dataset));
    expect(dataset).toEqual(before);
  });

  it('keeps results independent across datasets and calls', () => {
    const d2 = probe({ kafka: ['kafka'] });
    expect(countRelevant(rankQuestions({ title: '', description: 'kafka' }, d2))).toBe(1);
    expect(countRelevant(rankQuestions({ title: '', description: 'nothing here' }, d2))).toBe(0);
    expect(countRelevant(rankQuestions({ title: '', description: 'kafka' }, d2))).toBe(1);
  });

  it('handles an empty posting: nothing relevant, one of each category first', () => {
    const ranked = rankQuestions({ title: '', description: '' }, dataset);
    expect(ranked).toHaveLength(dataset.questions.length);
    expect(countRelevant(ranked)).toBe(0);
    expect(ranked.slice(0, 4).map((r) => r.question.category)).toEqual(['behavioural', 'hr', 'salary', 'ask-interviewer']);
    expect(ranked[0]!.reason).toBe('Every interview has a behavioural round; prepare a STAR story.');
    expect(ranked[1]!.reason).toBe('Asked in almost every HR round in India.');
    expect(ranked[2]!.reason).toBe('Asked in almost every HR round.');
    // Unmatched technical questions follow in dataset order, with the role named.
    expect(ranked[4]!.question.id).toBe('tech-process-vs-thread');
    expect(ranked[4]!.reason).toBe('Not mentioned in the posting, but a common backend interview question.');
  });

  it('tolerates missing fields from untrusted input', () => {
    const ranked = rankQuestions({ title: undefined as unknown as string, description: null as unknown as string }, dataset);
    expect(ranked).toHaveLength(dataset.questions.length);
  });

  it('prefers a story that suits the level when nothing else decides', () => {
    const pick = (min: number) =>
      rankQuestions({ title: '', description: '', experience: { min, max: null } }, dataset).find((r) => r.question.category === 'behavioural')
        ?.question.id;
    expect(pick(0)).toBe('beh-performance-problem'); // freshers rarely own architecture decisions
    expect(pick(7)).toBe('beh-wrong-architecture');
  });

  it('counts relevant questions', () => {
    const f = postings.find((p) => p.name.includes('UPI'))!;
    expect(countRelevant(rankQuestions(f.posting, dataset))).toBeGreaterThan(3);
    expect(countRelevant(rankQuestions({ title: 'Backend Engineer', description: 'Kafka and Redis.' }, probe({ kafka: ['kafka'], go: ['golang'] })))).toBe(1);
  });

  it('ranks against a grown dataset and still finds the real matches', () => {
    const big = growDataset(dataset, 20);
    prepareRanking(big);
    const f = postings[0]!;
    const ranked = rankQuestions({ ...f.posting, description: f.posting.description.repeat(40) }, big);
    expect(ranked).toHaveLength(dataset.questions.length * 20);
    expect(ids(ranked, 5)).toContain('tech-message-queues');
    // The synthetic copies use made-up terms, so none of them match.
    expect(ranked.filter((r) => r.matched.length > 0).every((r) => !r.question.id.includes('-zq'))).toBe(true);
  });
});
