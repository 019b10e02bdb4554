/**
 * Which questions a mock interview asks for a posting (utils/review/mock-selection.ts):
 * the posting's top-ranked technical questions, then one behavioural and one HR,
 * on real postings ranked against the real datasets.
 */
import { buildDataset } from '@/data/dataset';
import { allGuides } from '@/data/roles/all';
import type { Question, Role } from '@/data/schema';
import { clampQuestionCount, selectMockQuestions } from '@/utils/review/mock-selection';
import { rankQuestions } from '@/utils/ranking/rank-questions';

const postings: { name: string; role: Role; title: string; description: string }[] = [
  {
    name: 'backend (Kafka, Redis, payments)',
    role: 'backend',
    title: 'Backend Engineer (Kafka, Redis)',
    description:
      'You will build event-driven services on Kafka and RabbitMQ, cache hot reads in Redis, and own payment APIs where idempotency matters. ' +
      'We run PostgreSQL and care about slow queries and indexing.',
  },
  {
    name: 'frontend (React)',
    role: 'frontend',
    title: 'Frontend Developer (React)',
    description:
      'Build our trading dashboard in React and TypeScript. You understand the event loop, closures and promises, manage state with Redux Toolkit ' +
      'and React Query, write accessible semantic HTML, and keep Core Web Vitals (LCP, CLS, INP) green.',
  },
];

const ranked = (p: (typeof postings)[number]) => rankQuestions(p, buildDataset(p.role, allGuides));
const ids = (qs: Question[]) => qs.map((q) => q.id);

describe('selectMockQuestions', () => {
  for (const posting of postings) {
    it(`${posting.name}: the top technical questions in rank order, then one behavioural and one HR`, () => {
      const list = ranked(posting);
      const round = selectMockQuestions(list);
      expect(round).toHaveLength(5);
      const topTechnical = list.filter((r) => r.question.category === 'technical').slice(0, 3);
      expect(ids(round.slice(0, 3))).toEqual(ids(topTechnical.map((r) => r.question)));
      expect(round[3]!.category).toBe('behavioural');
      expect(round[3]!.id).toBe(list.find((r) => r.question.category === 'behavioural')!.question.id);
      expect(round[4]!.category).toBe('hr');
      expect(round[4]!.id).toBe(list.find((r) => r.question.category === 'hr')!.question.id);
      // The posting's own asks come first: the best-ranked technical question matched something in it.
      expect(list.find((r) => r.question.id === round[0]!.id)!.matched.length).toBeGreaterThan(0);
    });
  }

  it('asks 3 to 10 questions, each once; other counts are clamped', () => {
    const list = ranked(postings[0]!);
    for (const n of [3, 4, 7, 10]) {
      const round = selectMockQuestions(list, n);
      expect(round).toHaveLength(n);
      expect(new Set(ids(round)).size).toBe(n);
      expect(round.filter((q) => q.category === 'behavioural')).toHaveLength(1);
      expect(round.filter((q) => q.category === 'hr')).toHaveLength(1);
      expect(round.filter((q) => q.category === 'technical')).toHaveLength(n - 2);
    }
    expect(selectMockQuestions(list, 1)).toHaveLength(3);
    expect(selectMockQuestions(list, 50)).toHaveLength(10);
    expect([clampQuestionCount(Number.NaN), clampQuestionCount(6.4), clampQuestionCount(-2)]).toEqual([5, 6, 3]);
  });

  it('fills a non-software posting (no technical questions) from the other categories, never asking you the questions to ask', () => {
    const sales = {
      title: 'Inside Sales Executive',
      description: 'Call prospective learners and close admissions against monthly targets.',
    };
    const list = rankQuestions(sales, buildDataset('general', allGuides));
    const round = selectMockQuestions(list, 6);
    expect(round).toHaveLength(6);
    expect(round.some((q) => q.category === 'technical' || q.category === 'ask-interviewer')).toBe(false);
    expect(round.at(-2)!.category).toBe('behavioural');
    expect(round.at(-1)!.category).toBe('hr');
    expect(new Set(ids(round)).size).toBe(6);
  });

  it('gives what there is when the pool is small, and nothing for an empty one', () => {
    const list = ranked(postings[0]!);
    const few = [list.find((r) => r.question.category === 'technical')!, list.find((r) => r.question.category === 'hr')!];
    expect(ids(selectMockQuestions(few, 5))).toEqual(ids(few.map((r) => r.question)));
    expect(selectMockQuestions([], 5)).toEqual([]);
  });
});
