/**
 * The shape of Prep Panel's bundled dataset. Everything the panel shows comes
 * from modules in `data/` that satisfy these types, and `validateDataset()`
 * (run by the unit tests, so a bad edit fails the build) checks what types
 * cannot: unique ids, non-empty guidance and tags, known categories.
 */

export const CATEGORIES = ['technical', 'coding', 'behavioural', 'situational', 'hr', 'salary', 'ask-interviewer'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * Roles the dataset covers, each a module under `data/roles/`. `general` is the
 * pool every posting draws on (HR, behavioural, coding round, negotiation,
 * questions to ask), and the only one a non-software posting gets.
 */
export const ROLES = [
  'backend',
  'frontend',
  'fullstack',
  'mobile',
  'data-engineering',
  'data-science',
  'data-analytics',
  'devops',
  'qa',
  'general',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * Topic ids a ranker can match a posting against. Each topic lists its
 * synonyms in `data/topics.ts`; each question names the topics it covers.
 */
export type TopicId = string;

export interface Question {
  /** Stable forever: bookmarks refer to it. Never rename; add to `ID_ALIASES` instead. */
  id: string;
  category: Category;
  /** The role module the question lives in. */
  role: Role;
  /** Other roles it also belongs to (e.g. a React question is Frontend and Full stack). */
  alsoFor?: Role[];
  /** The question as an interviewer asks it. */
  text: string;
  /** How to answer it, in our own words. */
  guidance: string;
  /**
   * Topic ids (see data/topics.ts) this question covers; never empty. Most
   * central first: the ranker weighs the first topic fully and the rest less.
   */
  topics: TopicId[];
  /** Extra literal terms (lower case) that make this question relevant when a posting mentions them. */
  keywords: string[];
  /**
   * Seniority levels the question suits best; omitted = every level. The
   * ranker uses it only to order otherwise equal picks for a posting's level.
   */
  levels?: SeniorityLevel[];
}

export interface Topic {
  id: TopicId;
  /** Human label used in "why this was picked", e.g. "message queues". */
  label: string;
  /** Lower-case terms or phrases that signal this topic in a posting. */
  terms: string[];
}

export interface Tip {
  id: string;
  title: string;
  body: string;
}

export type SeniorityLevel = 'fresher' | 'mid' | 'senior';

export interface SalarySource {
  /** Where the figure comes from. */
  name: string;
  year: number;
}

export interface SalaryBand {
  level: SeniorityLevel;
  label: string;
  /** Years of experience this band covers: [min, max) ; max null = no upper bound. */
  years: { min: number; max: number | null };
  /** Lakh rupees per annum (LPA). max null = "and above". */
  lpa: { min: number; max: number | null };
  source: SalarySource;
}

/** A short, stable-id line of advice (rendered as a list item). */
export interface AdviceItem {
  id: string;
  text: string;
}

/** One stage of a typical interview loop. */
export interface InterviewRound {
  id: string;
  name: string;
  description: string;
}

/** How interviews for the role usually run (see data/interview-process.ts). */
export interface InterviewProcess {
  summary: string;
  rounds: InterviewRound[];
  /** What interviewers look for across rounds. */
  advice: AdviceItem[];
}

/** What the ranker and the views work on for one role (built by data/dataset.ts). */
export interface Dataset {
  role: Role;
  /** Human name, e.g. "Frontend". */
  name: string;
  /** The role inside a sentence: "a common {phrase} interview question". */
  phrase: string;
  questions: Question[];
  topics: Topic[];
  tips: Tip[];
  rounds: InterviewRound[];
}

/**
 * One role's guide: a module under `data/roles/<role>.ts`, loaded lazily by
 * the panel. Topic ids are unique across all roles (new roles prefix theirs,
 * e.g. `fe-hooks`); a question names topics of its own role or of `general`.
 */
export interface RoleGuide {
  role: Role;
  /** Human name, e.g. "Frontend". */
  name: string;
  /** One line on what the role's interviews focus on. */
  summary: string;
  topics: Topic[];
  questions: Question[];
  /** How this role's interviews usually run in India. */
  rounds: InterviewRound[];
  /** Advice where it differs from the general tips. */
  tips: Tip[];
}
