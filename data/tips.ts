import type { Tip } from './schema';

/** General advice that applies to every round, whatever the posting says. */
export const tips: Tip[] = [
  {
    id: 'star-method',
    title: 'STAR method',
    body: 'Structure every behavioural answer as Situation, Task, Action and Result. Always end the Result with a number: time saved, latency cut, revenue protected.',
  },
  {
    id: 'research-first',
    title: 'Research first',
    body: "Before the interview, read recent news about the company, its LinkedIn page and its Glassdoor reviews, and look up your interviewer's profile.",
  },
  {
    id: 'salary-number-last',
    title: 'Salary: let them go first',
    body: 'Never be the one to name a figure first. Every time, ask what budgeted range the company has for the role.',
  },
  {
    id: 'virtual-interviews',
    title: 'Virtual interviews',
    body: 'Check your camera and microphone half an hour before the call. Sit in good light against a plain, neutral background, and join five minutes early.',
  },
];
