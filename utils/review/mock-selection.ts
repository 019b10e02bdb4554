/**
 * Which questions a mock interview for a posting asks: its top-ranked
 * technical questions, then one behavioural and one HR question, as a real
 * loop runs (technical rounds first, HR last). Pure: takes the posting's
 * ranked questions (utils/ranking/rank-questions.ts), best first.
 *
 * When the dataset has too few technical questions for the posting (a
 * non-software role has none), the round is filled with the best-ranked
 * situational, coding, behavioural, HR and salary questions in that order.
 * Questions to ask the interviewer are never asked of you.
 */
import type { Category, Question } from '@/data/schema';
import { clampQuestionCount, MOCK_DEFAULT_QUESTIONS } from './limits';

export { clampQuestionCount };

const FILL_ORDER: readonly Category[] = ['situational', 'coding', 'behavioural', 'hr', 'salary'];

export function selectMockQuestions(ranked: readonly { question: Question }[], count: number = MOCK_DEFAULT_QUESTIONS): Question[] {
  const n = clampQuestionCount(count);
  const chosen = new Set<string>();
  const best = (category: Category): Question | undefined =>
    ranked.find((r) => r.question.category === category && !chosen.has(r.question.id))?.question;
  const take = (q: Question | undefined) => {
    if (q) chosen.add(q.id);
    return q;
  };

  const behavioural = take(best('behavioural'));
  const hr = take(best('hr'));
  const closing = [behavioural, hr].filter((q): q is Question => q !== undefined);

  const technical: Question[] = [];
  for (const r of ranked) {
    if (technical.length >= n - closing.length) break;
    if (r.question.category === 'technical' && !chosen.has(r.question.id)) technical.push(take(r.question)!);
  }
  for (const category of FILL_ORDER) {
    while (technical.length < n - closing.length) {
      const q = take(best(category));
      if (!q) break;
      technical.push(q);
    }
  }
  return [...technical, ...closing].slice(0, n);
}
