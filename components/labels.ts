import type { Category } from '@/data/schema';

export const CATEGORY_LABELS: Record<Category, string> = {
  technical: 'Technical',
  behavioural: 'Behavioural',
  situational: 'Situational',
  salary: 'Salary',
  'ask-interviewer': 'Ask the interviewer',
};

export const CATEGORY_HEADINGS: Record<Category, string> = {
  technical: 'Technical questions',
  behavioural: 'Behavioural questions',
  situational: 'Situational questions',
  salary: 'Salary questions',
  'ask-interviewer': 'Questions to ask the interviewer',
};
