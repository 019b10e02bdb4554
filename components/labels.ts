import type { Category } from '@/data/schema';

export const CATEGORY_LABELS: Record<Category, string> = {
  technical: 'Technical',
  coding: 'Coding round',
  behavioural: 'Behavioural',
  situational: 'Situational',
  hr: 'HR round',
  salary: 'Salary',
  'ask-interviewer': 'Ask the interviewer',
};

export const CATEGORY_HEADINGS: Record<Category, string> = {
  technical: 'Technical questions',
  coding: 'Coding round',
  behavioural: 'Behavioural questions',
  situational: 'Situational questions',
  hr: 'HR round',
  salary: 'Salary questions',
  'ask-interviewer': 'Questions to ask the interviewer',
};
