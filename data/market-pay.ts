import { ROLES, type Role, type SeniorityLevel } from './schema';

/**
 * Market salary ranges per role and level, for "salary you can act on".
 *
 * EVERY figure here comes from /work/shared/research/salary-india-2025.json
 * (compiled from stored copies of public pages; see salary-india-2025.md),
 * except backend's `guide` bands, which are the extension's seed figures from
 * data/salary.ts. Nothing is interpolated, averaged or invented: a cell with no
 * published range says so (`status: 'none'`).
 *
 * All figures are lakh rupees per annum (LPA), CTC unless a figure's note says
 * otherwise. The level-banded figures come mostly from blogs and career
 * guides whose methods are unclear; research-firm numbers (Instahyre,
 * TeamLease, Randstad) were reached through news coverage and rarely give a
 * band for one role, so they appear as `mentions` (context, with their URL)
 * rather than as bands. The aggregator pages (AmbitionBox, Glassdoor, Naukri,
 * Levels.fyi, Indeed, PayScale) could not be read, so none of their numbers
 * are here.
 *
 * HOW A SOURCE ROW BECOMES ONE OF OUR LEVELS (the mapping rule)
 *
 * Our levels are the seed's: fresher [0, 2) years, mid [2, 6), senior [6, ∞).
 *
 * 1. A row that states years ("3-5 yrs", "7+ yrs") is read as the interval
 *    [a, b] (or [a, ∞)) and filed under the level(s) that interval overlaps
 *    most, by length of overlap; a tie files it under each tied level
 *    (`levelsForSourceYears`). So "0-2" -> fresher, "2-5", "3-5", "3-6" -> mid,
 *    "5-8", "5-10", "6-9", "5+", "7+" -> senior, and "1-3" (one year each side
 *    of our 2-year line) -> fresher AND mid. validateMarketPay() re-checks this
 *    for every figure.
 * 2. A row with a level word but no years goes by the word, as the research
 *    summary table does: "fresher", "entry", "junior" -> fresher; "mid" -> mid;
 *    "senior" -> senior. Its yearsLabel says 'years not stated'.
 * 3. Rows for a grade above senior (lead, architect, principal, staff,
 *    leadership; 8+ or 10+ years) are kept out of the senior band and listed as
 *    senior `mentions`, as the research summary does: they would stretch our
 *    open-ended senior level up to principal pay.
 * 4. NOT a level band, so never a figure: company-type-only tables (data
 *    engineer by GCC / startup / FAANG), "level unspecified" or all-levels
 *    averages, city ranges, skill-premium figures (Python freshers, LLM/RAG),
 *    single "up to X" ceilings and point estimates, and trends. Those with a
 *    number are `mentions` or role `context`.
 * 5. A row without a year fails validation, so it cannot be a figure: Nedcod's
 *    DevOps / SRE / cloud bands (page undated) are left out.
 *
 * `disagree` (see `figuresDisagree`): two figures from different sources, on
 * the same track (e.g. manual testing vs SDET) and with overlapping years (or
 * years not stated), disagree materially when either one's midpoint lies
 * outside the other's range. `span` is always the lowest lpaMin to the highest
 * lpaMax over the cell's figures (null max = open-ended).
 */

export type PayLevel = SeniorityLevel;
export const PAY_LEVELS: readonly PayLevel[] = ['fresher', 'mid', 'senior'];

/** Years of experience per level, [min, max); the same boundaries as data/salary.ts. */
export const LEVEL_YEARS: Readonly<Record<PayLevel, { min: number; max: number | null }>> = {
  fresher: { min: 0, max: 2 },
  mid: { min: 2, max: 6 },
  senior: { min: 6, max: null },
};

/** How a level reads in a sentence: "the mid-level range". */
export const LEVEL_LABELS: Readonly<Record<PayLevel, string>> = {
  fresher: 'fresher',
  mid: 'mid-level',
  senior: 'senior',
};

/** The roles of data/schema.ts (General has no sourced range: every level says so). */
export const PAY_ROLES = ROLES;
export type PayRole = Role;

export const ROLE_LABELS: Readonly<Record<PayRole, string>> = {
  backend: 'Backend',
  frontend: 'Frontend',
  fullstack: 'Full stack',
  mobile: 'Mobile',
  'data-engineering': 'Data engineering',
  'data-science': 'Data science',
  'data-analytics': 'Data analytics',
  devops: 'DevOps',
  qa: 'QA',
  general: 'General',
};

/** From the JSON's source_type: a blog or career guide, or a research firm's report read in the news. */
export type SourceType = 'blog / career guide' | 'research firm, via news';

/** One published page. */
export interface PayPage {
  /** Publisher or site, e.g. 'salaryinhand.in'. */
  source: string;
  /** The page's title as the research recorded it; '' when it recorded none (news coverage). */
  title: string;
  url: string;
  /** Year the source gives, e.g. '2026' or '2025-26'. */
  year: string;
  sourceType: SourceType;
}

/** One published salary range, filed under one of our levels by the mapping rule above. */
export interface MarketFigure extends PayPage {
  lpaMin: number;
  /** null = open-ended ("28+"). */
  lpaMax: number | null;
  /** Experience as the source states it, e.g. '3-5 yrs', or 'years not stated'. */
  yearsLabel: string;
  /** The same, as numbers ([min, max] inclusive as printed); null when the source gives no years. */
  years: { min: number; max: number | null } | null;
  /** The source's own name for the level, e.g. 'junior', 'senior (product companies)'. */
  sourceLevel: string;
  /** A sub-track within the role, when the source splits it (QA: 'manual' / 'SDET'; Mobile: 'Android'). */
  track?: string;
  note?: string;
}

/** A published number that is context, not a level band (ceilings, point figures, lead grades, trends). */
export interface MarketMention extends PayPage {
  text: string;
}

/** The extension's seed figure (data/salary.ts). It has no public URL, so it is kept apart from `figures`. */
export interface GuideFigure {
  lpaMin: number;
  lpaMax: number | null;
  yearsLabel: string;
  source: string;
  year: string;
  url: null;
}

export interface SourcedLevelPay {
  status: 'sourced';
  figures: MarketFigure[];
  span: { min: number; max: number | null };
  disagree: boolean;
  note: string;
  mentions: MarketMention[];
  guide?: GuideFigure;
}

export interface NoLevelPay {
  status: 'none';
  /** Starts "No published figure found for …". */
  note: string;
  mentions: MarketMention[];
}

export type LevelPay = SourcedLevelPay | NoLevelPay;

export interface RolePay {
  role: PayRole;
  label: string;
  levels: Record<PayLevel, LevelPay>;
  /** Published numbers for the role that are not a level band (level unspecified, company type, trend). */
  context: MarketMention[];
}

// ---------------------------------------------------------------------------
// The mapping rule and the disagreement rule, as code.

/** Length of [a, b] ∩ [lo, hi), with null = unbounded. */
function overlap(a: number, b: number | null, lo: number, hi: number | null): number {
  const top = Math.min(b ?? Infinity, hi ?? Infinity);
  const bottom = Math.max(a, lo);
  return top === Infinity && bottom !== Infinity ? Infinity : Math.max(0, top - bottom);
}

/**
 * The level(s) a source's stated years overlap most (rule 1 above); ties give
 * every tied level. A zero-length range ("2-2 yrs") goes to the level holding it.
 */
export function levelsForSourceYears(years: { min: number; max: number | null }): PayLevel[] {
  const scores = PAY_LEVELS.map((l) => overlap(years.min, years.max, LEVEL_YEARS[l].min, LEVEL_YEARS[l].max));
  const best = Math.max(...scores);
  if (best <= 0) {
    return PAY_LEVELS.filter((l) => {
      const y = LEVEL_YEARS[l];
      return years.min >= y.min && (y.max === null || years.min < y.max);
    });
  }
  return PAY_LEVELS.filter((_, i) => scores[i] === best);
}

function mid(f: { lpaMin: number; lpaMax: number | null }): number {
  return f.lpaMax === null ? f.lpaMin : (f.lpaMin + f.lpaMax) / 2;
}

function inRange(x: number, f: { lpaMin: number; lpaMax: number | null }): boolean {
  return x >= f.lpaMin && (f.lpaMax === null || x <= f.lpaMax);
}

function yearsOverlap(a: MarketFigure['years'], b: MarketFigure['years']): boolean {
  if (!a || !b) return true;
  return overlap(a.min, a.max, b.min, b.max === null ? null : b.max) > 0;
}

/**
 * True when two figures from different sources, on the same track and with
 * overlapping years, each put the middle of the range somewhere the other's
 * range does not reach (either midpoint outside the other's range).
 */
export function figuresDisagree(figures: readonly MarketFigure[]): boolean {
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const a = figures[i]!;
      const b = figures[j]!;
      if (a.source === b.source || a.track !== b.track || !yearsOverlap(a.years, b.years)) continue;
      if (!inRange(mid(a), b) || !inRange(mid(b), a)) return true;
    }
  }
  return false;
}

/** Lowest lpaMin to highest lpaMax (null if any figure is open-ended). */
export function spanOf(figures: readonly MarketFigure[]): { min: number; max: number | null } {
  const min = Math.min(...figures.map((f) => f.lpaMin));
  const max = figures.some((f) => f.lpaMax === null) ? null : Math.max(...figures.map((f) => f.lpaMax as number));
  return { min, max };
}

function sourced(figures: MarketFigure[], note: string, mentions: MarketMention[] = [], guide?: GuideFigure): SourcedLevelPay {
  const cell: SourcedLevelPay = { status: 'sourced', figures, span: spanOf(figures), disagree: figuresDisagree(figures), note, mentions };
  if (guide) cell.guide = guide;
  return cell;
}

function none(note: string, mentions: MarketMention[] = []): NoLevelPay {
  return { status: 'none', note, mentions };
}

// ---------------------------------------------------------------------------
// Pages (one per URL), transcribed from the JSON.

const BLOG: SourceType = 'blog / career guide';
const NEWS: SourceType = 'research firm, via news';

const salaryinhandBackend: PayPage = {
  source: 'salaryinhand.in',
  title: 'Backend Developer Salary in India 2026',
  url: 'https://salaryinhand.in/salaries/backend-developer',
  year: '2026',
  sourceType: BLOG,
};
const rohithBuilds: PayPage = {
  source: 'Rohith Builds',
  title: 'Backend Developer Salary in India (2026) - Fresher to Senior',
  url: 'https://rohith-builds.onrender.com/blog/backend-developer-salary-india',
  year: '2026',
  sourceType: BLOG,
};
const whatisIn: PayPage = {
  source: 'whatis.in',
  title: 'What is Salary of Backend Developer in India 2025-2026',
  url: 'https://whatis.in/what-is-salary-of-backend-developer-in-india',
  year: '2025-26',
  sourceType: BLOG,
};
const instahyreBackend: PayPage = {
  source: 'Instahyre Product-Tech PayCheck 2025 (via Storyboard18)',
  title: '',
  url: 'https://www.storyboard18.com/amp/how-it-works/india-techs-gender-gap-persists-in-high-paying-backend-roles-despite-soaring-salaries-for-python-java-node-js-experts-75421.htm',
  year: '2025',
  sourceType: NEWS,
};
const instahyreDaily8: PayPage = {
  source: 'Instahyre Product-Tech PayCheck 2025 (via Daily8)',
  title: '',
  url: 'https://www.daily8.com/en/article/fcf80e3a2c753f0f844bdc5c4cbfb6d7',
  year: '2025',
  sourceType: NEWS,
};
const instahyreIndex: PayPage = {
  source: 'Instahyre Tech Salary Index 2025 (PTI via NewsDrum)',
  title: '',
  url: 'https://www.newsdrum.in/business/ites-jobs-in-india-to-grow-by-20-pc-in-2025-report-8886489',
  year: '2025',
  sourceType: NEWS,
};
const fueler: PayPage = {
  source: 'Fueler',
  title: 'Web Developer Salary in India 2026: Frontend vs Backend (Riten Debnath)',
  url: 'https://fueler.io/blog/web-developer-salary-in-india-frontend-vs-backend',
  year: '2026',
  sourceType: BLOG,
};
const ownYourCareer: PayPage = {
  source: 'OwnYourCareer',
  title: 'Full Stack Developer career page',
  url: 'https://www.ownyourcareer.in/careers/full-stack-developer',
  year: '2026',
  sourceType: BLOG,
};
const mexc: PayPage = {
  source: 'MEXC News',
  title: 'Hindi article on full-stack vs specialised engineer pay',
  url: 'https://www.mexc.co/hi-IN/news/634595',
  year: '2026',
  sourceType: BLOG,
};
const teamLeaseConsultantsReview: PayPage = {
  source: 'TeamLease Digital (via Consultants Review)',
  title: '',
  url: 'https://www.consultantsreview.com/news/pay-hikes-at-flourishing-gcc-countries-might-also-top-it-firms-in-fy26-nwid-5312.html',
  year: '2025',
  sourceType: NEWS,
};
const sourceKode: PayPage = {
  source: 'SourceKode',
  title: 'Android vs iOS Development: which to learn (2026)',
  url: 'https://sourcekode.in/blog/android-vs-ios-development-which-to-learn',
  year: '2026',
  sourceType: BLOG,
};
const hire22: PayPage = {
  source: 'hire22.ai',
  title: 'Android Developer Job Description ... India 2026',
  url: 'https://www.hire22.ai/hr-trendz/android-developer-job-description',
  year: '2026',
  sourceType: BLOG,
};
const prepflix: PayPage = {
  source: 'Prepflix',
  title: 'Data Engineer Career Path & Salary India 2026',
  url: 'https://prepflix.co.in/blogs/data-engineer-career-path-salary-india-2026.html',
  year: '2026',
  sourceType: BLOG,
};
const teamLeaseBusinessToday: PayPage = {
  source: 'TeamLease Digital - Digital Skills & Salary Primer FY2025 (via Business Today)',
  title: '',
  url: 'https://www.businesstoday.in/technology/news/story/only-55-of-the-indian-engineers-are-qualified-with-basic-programming-skills-report-443227-2024-08-27',
  year: '2024',
  sourceType: NEWS,
};
const pathvioDs: PayPage = {
  source: 'Pathvio',
  title: 'Data Scientist Salary in India (2026)',
  url: 'https://pathvio.in/salary/data-scientist-india',
  year: '2026',
  sourceType: BLOG,
};
const resumeVera: PayPage = {
  source: 'ResumeVera',
  title: 'Data Scientist Salary in India 2026',
  url: 'https://resumevera.com/salary-guide/data-scientist',
  year: '2026',
  sourceType: BLOG,
};
const prepNPlaced: PayPage = {
  source: 'PrepNPlaced',
  title: 'India Tech Salary Report 2026',
  url: 'https://www.prepnplaced.com/blog/india-tech-salary-report-2026',
  year: '2026',
  sourceType: BLOG,
};
const teamLeasePudhari: PayPage = {
  source: 'TeamLease Digital - Digital Skills & Salary Primer 2025-26 (via Pudhari, Marathi)',
  title: '',
  url: 'https://pudhari.news/amp/story/features/technology/artificial-intelligence/indias-technology-sector-genai-mlops-experts-top-salary-growth-projections-teamlease-report-nl76',
  year: '2025-26',
  sourceType: NEWS,
};
const teamLeaseSymbiostock: PayPage = {
  source: 'TeamLease Digital - Digital Skills & Salary Primer FY2025 (via symbiostock re-post)',
  title: '',
  url: 'https://symbiostock.info/index-198.html',
  year: '2024',
  sourceType: NEWS,
};
const jobUpdate: PayPage = {
  source: 'JobUpdate',
  title: 'IT Salary Guide India 2026',
  url: 'https://jobupdate.site/resources/salary-guide-india-2026',
  year: '2026',
  sourceType: BLOG,
};
const pathvioDevops: PayPage = {
  source: 'Pathvio',
  title: 'DevOps Engineer Salary in India (2026)',
  url: 'https://pathvio.in/salary/devops-engineer-india',
  year: '2026',
  sourceType: BLOG,
};
const salaryinhandDevops: PayPage = {
  source: 'salaryinhand.in',
  title: 'DevOps Engineer Salary in India 2026',
  url: 'https://salaryinhand.in/salaries/devops-engineer',
  year: '2026',
  sourceType: BLOG,
};
const softwareTestPilot: PayPage = {
  source: 'SoftwareTestPilot',
  title: 'Manual vs Automation Testing: Which Career Path Is Better in 2026?',
  url: 'https://softwaretestpilot.com/blog/career-interview-prep/manual-vs-automation-testing-career-path',
  year: '2026',
  sourceType: BLOG,
};
const moyo: PayPage = {
  source: 'Moyo Innovations Academy',
  title: 'Manual vs Automation Testing: Career Path & Tool Stack',
  url: 'https://academy.moyoinnovations.com/blog/software-testing/manual-vs-automation-testing-career/',
  year: '2026',
  sourceType: BLOG,
};
const careerIntel: PayPage = {
  source: 'CareerIntel',
  title: 'Manual vs automation testing: which to choose in 2026',
  url: 'https://www.careerintel.dev/guides/manual-vs-automation-testing',
  year: '2026',
  sourceType: BLOG,
};
const randstadDeccanHerald: PayPage = {
  source: 'Randstad Annual Salary Trends Report 2025-26 (via Deccan Herald)',
  title: '',
  url: 'https://www.deccanherald.com/business/jobs-and-careers/bengaluru-good-for-entry-level-employees-software-developer-is-highest-paying-job-for-middle-level-report-3876063',
  year: '2026',
  sourceType: NEWS,
};
const randstadMillenniumPost: PayPage = {
  source: 'Randstad Annual Salary Trends Report 2025-26 (via Millennium Post)',
  title: '',
  url: 'https://www.millenniumpost.in/k-reers/tier-2-cities-narrow-salary-gap-with-metros-report-645927',
  year: '2026',
  sourceType: NEWS,
};

const GUIDE_SOURCE = 'Backend Developer Interview Guide, India';

// ---------------------------------------------------------------------------
// The table.

export const marketPay: Readonly<Record<PayRole, RolePay>> = {
  backend: {
    role: 'backend',
    label: ROLE_LABELS.backend,
    levels: {
      fresher: sourced(
        [
          { ...salaryinhandBackend, lpaMin: 3.5, lpaMax: 8, yearsLabel: '0-1 yrs', years: { min: 0, max: 1 }, sourceLevel: 'fresher', note: 'Stated average CTC 5 LPA.' },
          { ...salaryinhandBackend, lpaMin: 6, lpaMax: 13, yearsLabel: '1-3 yrs', years: { min: 1, max: 3 }, sourceLevel: 'junior', note: 'Stated average CTC 8.5 LPA. 1-3 years straddles our fresher/mid line, so it is filed under both.' },
          { ...rohithBuilds, lpaMin: 4.5, lpaMax: 8, yearsLabel: '0-2 yrs', years: { min: 0, max: 2 }, sourceLevel: 'fresher', note: 'Average band; the page also gives a top-tier bracket of 12-22+ LPA.' },
          { ...whatisIn, lpaMin: 3.5, lpaMax: 5.5, yearsLabel: '0-1 yrs', years: { min: 0, max: 1 }, sourceLevel: 'fresher' },
          { ...whatisIn, lpaMin: 5.5, lpaMax: 9, yearsLabel: '1-3 yrs', years: { min: 1, max: 3 }, sourceLevel: 'junior', note: '1-3 years straddles our fresher/mid line, so it is filed under both.' },
        ],
        'Three blogs. They disagree: whatis.in (3.5–5.5 LPA for 0–1 yrs) is markedly lower than salaryinhand.in (3.5–8). ' +
          "The extension's guide figure (5–10 LPA) sits above most of these fresher bands.",
        [
          {
            ...instahyreBackend,
            text: "A fresher skilled in Python 'might earn close to Rs 11.51 LPA' (skill-specific; product-tech hiring platform, 54,000+ profiles).",
          },
        ],
        { lpaMin: 5, lpaMax: 10, yearsLabel: 'years not stated (our fresher level: 0-2 yrs)', source: GUIDE_SOURCE, year: '2025', url: null },
      ),
      mid: sourced(
        [
          { ...salaryinhandBackend, lpaMin: 6, lpaMax: 13, yearsLabel: '1-3 yrs', years: { min: 1, max: 3 }, sourceLevel: 'junior', note: 'Stated average CTC 8.5 LPA. 1-3 years straddles our fresher/mid line, so it is filed under both.' },
          { ...salaryinhandBackend, lpaMin: 11, lpaMax: 21, yearsLabel: '3-5 yrs', years: { min: 3, max: 5 }, sourceLevel: 'mid', note: 'Stated average CTC 15 LPA.' },
          { ...rohithBuilds, lpaMin: 9, lpaMax: 18, yearsLabel: '2-5 yrs', years: { min: 2, max: 5 }, sourceLevel: 'mid', note: 'Average band; the page also gives a top-tier bracket of 20-35+ LPA.' },
          { ...whatisIn, lpaMin: 5.5, lpaMax: 9, yearsLabel: '1-3 yrs', years: { min: 1, max: 3 }, sourceLevel: 'junior', note: '1-3 years straddles our fresher/mid line, so it is filed under both.' },
          { ...whatisIn, lpaMin: 9, lpaMax: 15, yearsLabel: '3-6 yrs', years: { min: 3, max: 6 }, sourceLevel: 'mid' },
        ],
        'Three blogs. They disagree: for 3–5/3–6 years salaryinhand.in gives 11–21 LPA and whatis.in 9–15. ' +
          "The extension's guide figure (12–24 LPA) is close to salaryinhand.in and above the others.",
        [],
        { lpaMin: 12, lpaMax: 24, yearsLabel: 'years not stated (our mid level: 2-6 yrs)', source: GUIDE_SOURCE, year: '2025', url: null },
      ),
      senior: sourced(
        [
          { ...salaryinhandBackend, lpaMin: 19, lpaMax: 38, yearsLabel: '5-8 yrs', years: { min: 5, max: 8 }, sourceLevel: 'senior', note: 'Stated average CTC 27 LPA.' },
          { ...rohithBuilds, lpaMin: 18, lpaMax: 32, yearsLabel: '5-10 yrs', years: { min: 5, max: 10 }, sourceLevel: 'senior', note: 'Average band; the page also gives a top-tier bracket of 36-65+ LPA.' },
          { ...whatisIn, lpaMin: 15, lpaMax: 25, yearsLabel: '6-10 yrs', years: { min: 6, max: 10 }, sourceLevel: 'senior' },
        ],
        'Three blogs. They disagree: salaryinhand.in (19–38 LPA for 5–8 yrs) against whatis.in (15–25 for 6–10 yrs). ' +
          "The extension's guide figure (28 LPA+) starts above most of these senior bands and below Instahyre's product-company figure for leadership.",
        [
          { ...salaryinhandBackend, text: 'Lead/architect (8-12 yrs): 32-65 LPA (stated average 45 LPA).' },
          { ...rohithBuilds, text: 'Principal/architect (10+ yrs): 35-60 LPA average band; top-tier bracket 70-120+ LPA.' },
          { ...whatisIn, text: 'Lead/architect (10+ yrs): 25-40 LPA.' },
          { ...instahyreBackend, text: "Leadership (10+ yrs) backend: 'in the region of Rs 49.37 LPA' (product-tech platform; skews to product companies)." },
        ],
        { lpaMin: 28, lpaMax: null, yearsLabel: 'years not stated (our senior level: 6+ yrs)', source: GUIDE_SOURCE, year: '2025', url: null },
      ),
    },
    context: [],
  },

  frontend: {
    role: 'frontend',
    label: ROLE_LABELS.frontend,
    levels: {
      fresher: sourced(
        [{ ...fueler, lpaMin: 3, lpaMax: 6, yearsLabel: 'years not stated', years: null, sourceLevel: 'entry/junior' }],
        'One blog (Fueler). Instahyre reports entry-level React/JavaScript pay falling by up to 1.5 LPA (oversupply).',
        [{ ...instahyreDaily8, text: 'Trend, no level figure: entry-level React.js/JavaScript pay fell by up to Rs 1.5 LPA (oversupply).' }],
      ),
      mid: sourced(
        [{ ...fueler, lpaMin: 6, lpaMax: 12, yearsLabel: '3-5 yrs', years: { min: 3, max: 5 }, sourceLevel: 'mid', note: "Much lower than Instahyre's product-company data." }],
        'One blog (Fueler); much lower than Instahyre’s product-company figures.',
      ),
      senior: none(
        'No published figure found for senior Frontend as a range: Fueler’s senior band was cut off in the copy read; Instahyre gives only a ceiling (up to 36.3 LPA, 6+ yrs).',
        [{ ...instahyreDaily8, text: "Senior frontend developers (6+ yrs) 'earning up to Rs 36.3 LPA'; salaries 'rebound only beyond 6 years of experience'." }],
      ),
    },
    context: [
      { ...instahyreIndex, text: 'Trend, no level figure: frontend developers with 0-5 yrs saw pay fall by about 1.5 LPA; 6+ yrs saw a rise of about 4 LPA (42,000 profiles).' },
    ],
  },

  fullstack: {
    role: 'fullstack',
    label: ROLE_LABELS.fullstack,
    levels: {
      fresher: sourced(
        [{ ...ownYourCareer, lpaMin: 6, lpaMax: 12, yearsLabel: 'years not stated', years: null, sourceLevel: 'junior' }],
        'One blog (OwnYourCareer), no methodology.',
      ),
      mid: sourced(
        [
          { ...ownYourCareer, lpaMin: 18, lpaMax: 35, yearsLabel: '3-6 yrs', years: { min: 3, max: 6 }, sourceLevel: 'mid' },
          { ...mexc, lpaMin: 5, lpaMax: 16, yearsLabel: 'years not stated', years: null, sourceLevel: 'mid', note: 'Hindi text: average package at mid level, per 2026 figures.' },
        ],
        'Two blogs that disagree strongly: OwnYourCareer 18–35 LPA against MEXC News 5–16 LPA.',
      ),
      senior: sourced(
        [
          { ...ownYourCareer, lpaMin: 35, lpaMax: 65, yearsLabel: 'years not stated', years: null, sourceLevel: 'senior (product companies)', note: 'Product companies; staff offers at top-tier firms reach 90+ LPA.' },
          { ...mexc, lpaMin: 20, lpaMax: 40, yearsLabel: '5+ yrs', years: { min: 5, max: null }, sourceLevel: 'senior', note: 'Established companies (Hindi text).' },
        ],
        'Two blogs that disagree: OwnYourCareer 35–65 LPA (product companies) against MEXC News 20–40 LPA.',
      ),
    },
    context: [{ ...teamLeaseConsultantsReview, text: 'Full-stack developers are paid about 12-15% more in GCCs than in IT firms (no LPA figure).' }],
  },

  mobile: {
    role: 'mobile',
    label: ROLE_LABELS.mobile,
    levels: {
      fresher: sourced(
        [{ ...sourceKode, lpaMin: 2, lpaMax: 4.5, yearsLabel: 'years not stated', years: null, sourceLevel: 'fresher', track: 'Android', note: 'Fresher Android average 3.2 LPA.' }],
        'Limited data: one blog, Android freshers only. No experience-banded source for iOS or cross-platform.',
      ),
      mid: none('No published figure found for mid-level Mobile: limited data, no experience-banded source.'),
      senior: none('No published figure found for senior Mobile: limited data. hire22.ai gives 28–42 LPA at Tier-1 product companies without a level, which is not a level band.'),
    },
    context: [
      { ...sourceKode, text: 'All-levels average salary: iOS 6.5 LPA, Android 5.8 LPA (not split by level).' },
      {
        ...hire22,
        text: 'Experience level not stated: native Android at a Tier-1 product company in Bangalore 28-42 LPA; cross-platform at a Series B+ startup 18-30 LPA + ESOPs; GCC 40-55 LPA.',
      },
      { ...instahyreDaily8, text: "Trend, no level figure: Android-focused juniors 'have taken a Rs 3 LPA pay cut'; iOS and React Native 'catching up'." },
    ],
  },

  'data-engineering': {
    role: 'data-engineering',
    label: ROLE_LABELS['data-engineering'],
    levels: {
      fresher: none('No published figure found for fresher Data engineering by experience: limited data. The one source splits pay by company type only, which is not a level band.'),
      mid: none('No published figure found for mid-level Data engineering: limited data, no experience-banded source.'),
      senior: none('No published figure found for senior Data engineering by experience: limited data. The one source splits pay by company type only, which is not a level band.'),
    },
    context: [
      {
        ...prepflix,
        text: "By company type only ('junior'/'senior' years not defined): GCC 12-20 / 22-40 LPA; mid-size startup 10-18 / 20-35; tier-1 Indian product 18-30 / 35-60; FAANG India 25-45 / 55-90. Whole-role range 8 LPA to 1.2 Cr.",
      },
      { ...teamLeaseBusinessToday, text: 'Trend, no LPA figure: entry-level data engineering salaries rose 12.07% from FY24 to FY25.' },
    ],
  },

  'data-science': {
    role: 'data-science',
    label: ROLE_LABELS['data-science'],
    levels: {
      fresher: sourced(
        [
          { ...pathvioDs, lpaMin: 8, lpaMax: 18, yearsLabel: '0-2 yrs', years: { min: 0, max: 2 }, sourceLevel: 'fresher/junior', note: 'P25-P75 cash CTC, median 12 LPA.' },
          { ...resumeVera, lpaMin: 8, lpaMax: 15, yearsLabel: '0-2 yrs', years: { min: 0, max: 2 }, sourceLevel: 'fresher/junior', note: 'Approximate CTC; metro premium adds 15-30%.' },
          { ...prepNPlaced, lpaMin: 6, lpaMax: 14, yearsLabel: 'years not stated', years: null, sourceLevel: 'fresher' },
        ],
        'Three blogs, broadly consistent; Pathvio is the highest.',
        [{ ...teamLeaseBusinessToday, text: "AI/ML engineers in GCCs: 'approximate starting salary of Rs 8.2 lakh per annum'." }],
      ),
      mid: sourced(
        [
          { ...pathvioDs, lpaMin: 18, lpaMax: 42, yearsLabel: '3-5 yrs', years: { min: 3, max: 5 }, sourceLevel: 'mid', note: 'P25-P75 cash CTC, median 28 LPA.' },
          { ...resumeVera, lpaMin: 15, lpaMax: 32, yearsLabel: '3-6 yrs', years: { min: 3, max: 6 }, sourceLevel: 'mid' },
        ],
        'Two blogs that overlap; Pathvio is the higher.',
        [
          { ...prepNPlaced, text: 'Skill premium, not a general band: ML engineers with LLM fine-tuning and RAG skills 25-60 LPA at mid level.' },
          { ...teamLeasePudhari, text: 'Mid-career GenAI and MLOps specialists 38-40 LPA (Marathi text).' },
        ],
      ),
      senior: sourced(
        [
          { ...pathvioDs, lpaMin: 40, lpaMax: 75, yearsLabel: '6-9 yrs', years: { min: 6, max: 9 }, sourceLevel: 'senior DS/ML engineer', note: 'P25-P75 cash CTC, median 55 LPA.' },
          { ...resumeVera, lpaMin: 32, lpaMax: 70, yearsLabel: '7+ yrs', years: { min: 7, max: null }, sourceLevel: 'senior' },
        ],
        'Two blogs that overlap; Pathvio is the higher.',
        [
          { ...pathvioDs, text: 'Principal/staff (10+ yrs): 70-130 LPA (P25-P75, median 95 LPA).' },
          {
            ...teamLeaseBusinessToday,
            text: "AI/ML in GCCs 'can go up to Rs 43 lakh per annum at senior levels with 8+ years'; TechGig attributes the same figures to software development, so the role is disputed.",
          },
        ],
      ),
    },
    context: [{ ...teamLeaseSymbiostock, text: 'Data science, level unspecified: 12.1-16.9 LPA depending on the city.' }],
  },

  'data-analytics': {
    role: 'data-analytics',
    label: ROLE_LABELS['data-analytics'],
    levels: {
      fresher: sourced(
        [
          { ...prepNPlaced, lpaMin: 3, lpaMax: 6, yearsLabel: '0-2 yrs', years: { min: 0, max: 2 }, sourceLevel: 'fresher' },
          { ...jobUpdate, lpaMin: 4, lpaMax: 8, yearsLabel: 'years not stated', years: null, sourceLevel: 'fresher', note: 'Base + bonus, ESOPs excluded.' },
        ],
        'Two blogs, roughly consistent.',
      ),
      mid: sourced(
        [
          { ...prepNPlaced, lpaMin: 6, lpaMax: 10, yearsLabel: '3-6 yrs', years: { min: 3, max: 6 }, sourceLevel: 'mid' },
          { ...jobUpdate, lpaMin: 10, lpaMax: 18, yearsLabel: '3-5 yrs', years: { min: 3, max: 5 }, sourceLevel: 'mid', note: 'Base + bonus, ESOPs excluded.' },
        ],
        'Two blogs that disagree: PrepNPlaced 6–10 LPA against JobUpdate 10–18 LPA.',
      ),
      senior: sourced(
        [
          { ...prepNPlaced, lpaMin: 15, lpaMax: 25, yearsLabel: '7+ yrs', years: { min: 7, max: null }, sourceLevel: 'senior', note: 'Shown as 15-25+ LPA.' },
          { ...jobUpdate, lpaMin: 20, lpaMax: 35, yearsLabel: '5+ yrs', years: { min: 5, max: null }, sourceLevel: 'senior', note: 'Base + bonus, ESOPs excluded.' },
        ],
        'Two blogs that disagree: PrepNPlaced 15–25 LPA against JobUpdate 20–35 LPA.',
      ),
    },
    context: [],
  },

  devops: {
    role: 'devops',
    label: ROLE_LABELS.devops,
    levels: {
      fresher: sourced(
        [
          { ...pathvioDevops, lpaMin: 5, lpaMax: 10, yearsLabel: '0-2 yrs', years: { min: 0, max: 2 }, sourceLevel: 'fresher/junior', note: 'P25-P75 CTC, median 7 LPA.' },
          { ...salaryinhandDevops, lpaMin: 4, lpaMax: 8, yearsLabel: '0-1 yrs', years: { min: 0, max: 1 }, sourceLevel: 'fresher', note: 'Average 5.5 LPA.' },
          { ...salaryinhandDevops, lpaMin: 6, lpaMax: 14, yearsLabel: '1-3 yrs', years: { min: 1, max: 3 }, sourceLevel: 'junior', note: 'Average 9 LPA. 1-3 years straddles our fresher/mid line, so it is filed under both.' },
        ],
        'Two blogs, consistent at this level. Nedcod also publishes DevOps/SRE/cloud bands but its page is undated, so they are left out.',
        [{ ...instahyreDaily8, text: "Kubernetes engineers 'start around Rs 6.2 LPA'." }],
      ),
      mid: sourced(
        [
          { ...salaryinhandDevops, lpaMin: 6, lpaMax: 14, yearsLabel: '1-3 yrs', years: { min: 1, max: 3 }, sourceLevel: 'junior', note: 'Average 9 LPA. 1-3 years straddles our fresher/mid line, so it is filed under both.' },
          { ...pathvioDevops, lpaMin: 15, lpaMax: 32, yearsLabel: '3-5 yrs', years: { min: 3, max: 5 }, sourceLevel: 'mid DevOps/cloud', note: 'P25-P75 CTC, median 22 LPA.' },
          { ...salaryinhandDevops, lpaMin: 12, lpaMax: 22, yearsLabel: '3-5 yrs', years: { min: 3, max: 5 }, sourceLevel: 'mid', note: 'Average 16 LPA.' },
        ],
        'Two blogs that disagree for 3–5 years: Pathvio 15–32 LPA against salaryinhand.in 12–22. Nedcod (undated) is left out.',
      ),
      senior: sourced(
        [
          { ...pathvioDevops, lpaMin: 30, lpaMax: 58, yearsLabel: '6-9 yrs', years: { min: 6, max: 9 }, sourceLevel: 'senior DevOps/SRE', note: 'P25-P75 CTC, median 42 LPA.' },
          { ...salaryinhandDevops, lpaMin: 20, lpaMax: 40, yearsLabel: '5-8 yrs', years: { min: 5, max: 8 }, sourceLevel: 'senior', note: 'Average 28 LPA.' },
        ],
        'Two blogs that disagree: Pathvio 30–58 LPA against salaryinhand.in 20–40. Nedcod (undated) is left out.',
        [
          { ...pathvioDevops, text: 'Staff SRE/principal (10+ yrs): 55-90 LPA (P25-P75, median 72 LPA).' },
          { ...salaryinhandDevops, text: 'Lead/principal (8-12 yrs): 35-65 LPA (average 48 LPA).' },
          { ...instahyreDaily8, text: "AWS-focused team leads 'can earn up to Rs 35.9 LPA'." },
        ],
      ),
    },
    context: [],
  },

  qa: {
    role: 'qa',
    label: ROLE_LABELS.qa,
    levels: {
      fresher: sourced(
        [
          { ...softwareTestPilot, lpaMin: 3.5, lpaMax: 5.5, yearsLabel: '0-2 yrs', years: { min: 0, max: 2 }, sourceLevel: 'fresher', track: 'manual', note: 'Total cash comp.' },
          { ...softwareTestPilot, lpaMin: 6, lpaMax: 10, yearsLabel: '0-2 yrs', years: { min: 0, max: 2 }, sourceLevel: 'fresher', track: 'SDET', note: 'Automation/SDET column.' },
          { ...moyo, lpaMin: 3, lpaMax: 6, yearsLabel: 'years not stated', years: null, sourceLevel: 'fresher', track: 'manual' },
        ],
        'Two blogs, consistent. The span mixes manual testing (lower) and automation/SDET (higher).',
      ),
      mid: sourced(
        [
          { ...softwareTestPilot, lpaMin: 6, lpaMax: 9, yearsLabel: '2-5 yrs', years: { min: 2, max: 5 }, sourceLevel: 'mid', track: 'manual', note: 'Total cash comp.' },
          { ...softwareTestPilot, lpaMin: 12, lpaMax: 22, yearsLabel: '2-5 yrs', years: { min: 2, max: 5 }, sourceLevel: 'mid', track: 'SDET', note: 'Automation/SDET column.' },
        ],
        'One blog (SoftwareTestPilot); the span mixes manual testing (6–9 LPA) and automation/SDET (12–22).',
      ),
      senior: sourced(
        [
          { ...softwareTestPilot, lpaMin: 10, lpaMax: 14, yearsLabel: '5-8 yrs', years: { min: 5, max: 8 }, sourceLevel: 'senior', track: 'manual', note: 'Total cash comp.' },
          { ...softwareTestPilot, lpaMin: 22, lpaMax: 35, yearsLabel: '5-8 yrs', years: { min: 5, max: 8 }, sourceLevel: 'senior', track: 'SDET', note: 'Automation/SDET column.' },
        ],
        'One blog (SoftwareTestPilot); the span mixes manual testing (10–14 LPA) and automation/SDET (22–35).',
      ),
    },
    context: [
      { ...moyo, text: 'Level unspecified: automation engineers 5-10 LPA; SDETs at product companies 12-25+ LPA.' },
      { ...careerIntel, text: "Manual testing, all levels: 'typical India pay ~Rs 3.7-4.3 LPA (Indeed/Glassdoor, 2026)'." },
    ],
  },

  general: {
    role: 'general',
    label: ROLE_LABELS.general,
    levels: {
      fresher: none('No published figure found for general (non-software) roles at fresher level.'),
      mid: none('No published figure found for general (non-software) roles at mid level.'),
      senior: none('No published figure found for general (non-software) roles at senior level.'),
    },
    context: [],
  },
};

/** Cross-role anchors from a research firm (Randstad), for context only: not a band for any one role. */
export const marketAnchors: readonly MarketMention[] = [
  { ...randstadMillenniumPost, text: 'IT industry, all roles, average CTC: junior 6.65 LPA, middle 20.75 LPA, senior 35.66 LPA (year bands not given).' },
  { ...randstadDeccanHerald, text: "Software developer, mid level, average CTC 17.27 LPA ('top paying job for mid-level')." },
];

/** Shown with any market figure. */
export const marketPayCaveat =
  'Published ranges, mostly from blogs and career guides with unstated methods; CTC in lakh rupees a year. Offers move with the city and the tier of the company.';

export function marketPayFor(role: PayRole, level: PayLevel): LevelPay {
  return marketPay[role].levels[level];
}

// ---------------------------------------------------------------------------
// Increments, for offer context.

export interface HikeFact {
  id: string;
  /** What the figure measures. */
  label: string;
  /** Percent; null when the source gives only a ceiling. */
  pctMin: number | null;
  pctMax: number;
  scope: string;
  source: string;
  url: string;
  year: string;
  note?: string;
}

export interface Hikes {
  /** Typical annual increments, 2025-26. */
  annual: HikeFact[];
  /** No source found gives a typical job-switch hike. */
  typicalSwitchHikePct: null;
  switchStatement: string;
  /** The only switch figure: a ceiling for niche skills. */
  switchUpperBound: HikeFact;
}

export const hikes: Hikes = {
  annual: [
    {
      id: 'aon-2026-forecast',
      label: 'Average annual increment, India, 2026 forecast',
      pctMin: 9.1,
      pctMax: 9.1,
      scope: 'India Inc, 1,400+ organisations, 45 industries',
      source: 'Aon Salary Increase and Turnover Survey 2025-26 India (phase 2)',
      url: 'https://www.deccanchronicle.com/nation/slight-hike-in-india-salaries-from-89-pc-in-2025-to-91-pc-in-2026-aon-survey-1939536',
      year: '2026',
      note: "Revises phase 1's 9.0% (Oct 2025).",
    },
    {
      id: 'aon-2025-actual',
      label: 'Average annual increment, India, 2025 actual',
      pctMin: 8.9,
      pctMax: 8.9,
      scope: 'India Inc, 1,060+ companies, 45 industries',
      source: 'Aon Annual Salary Increase and Turnover Survey 2025-26 India (phase 1)',
      url: 'https://www.thehansindia.com/business/salaries-in-india-projected-to-increase-by-nine-percent-in-2026-aon-study-1012954',
      year: '2025',
    },
    {
      id: 'aon-it-services',
      label: 'Increment, technology consulting & services (IT services)',
      pctMin: 6.6,
      pctMax: 7.0,
      scope: '2025 actual 7.0%; 2026 projected 6.8% (Oct 2025), then 6.6% (Feb 2026)',
      source: 'Aon 2025-26 (phases 1 and 2)',
      url: 'https://www.thehansindia.com/business/aon-survey-projects-slight-uptick-in-salaries-in-india-from-89-percent-in-2025-to-91-percent-in-2026-1051513',
      year: '2025-26',
      note: 'Lowest of all sectors.',
    },
    {
      id: 'aon-tech-products',
      label: 'Increment, technology platforms & products',
      pctMin: 9.2,
      pctMax: 9.4,
      scope: '2025 actual 9.2-9.3%; 2026 projected 9.4%',
      source: 'Aon 2025-26',
      url: 'https://www.thehansindia.com/business/aon-survey-projects-slight-uptick-in-salaries-in-india-from-89-percent-in-2025-to-91-percent-in-2026-1051513',
      year: '2025-26',
    },
    {
      id: 'aon-gcc',
      label: 'Increment, global capability centres (GCCs)',
      pctMin: 9.2,
      pctMax: 9.5,
      scope: '2025 actual 9.2-9.4%; 2026 projected 9.3-9.5%',
      source: 'Aon 2025-26',
      url: 'https://www.thehansindia.com/business/salaries-in-india-projected-to-increase-by-nine-percent-in-2026-aon-study-1012954',
      year: '2025-26',
      note: 'Other, secondary surveys put GCCs higher (10.4-11.5%).',
    },
    {
      id: 'ansr-gcc-2025',
      label: 'Increment, GCCs, 2025',
      pctMin: 9.9,
      pctMax: 9.9,
      scope: 'GCCs',
      source: "ANSR 'Increment and Compensation Trends in GCCs' (via Mingoda)",
      url: 'https://www.mingoda.com/News/566618/Jobs',
      year: '2025',
      note: 'Same article: IT services hikes 4-8%.',
    },
    {
      id: 'gcc-2026-other',
      label: 'Increment, GCCs, 2026 (other surveys)',
      pctMin: 10.4,
      pctMax: 11.5,
      scope: 'GCCs',
      source: '10.4%: Outlook Business/NewsBytes coverage of 2026 pay surveys (attribution unclear); 11.5%: Zinnov benchmark as cited by FlowVerify blog',
      url: 'https://www.outlookbusiness.com/corporate/ai-ev-chip-roles-command-30-pay-hikes-three-times-market-average',
      year: '2026',
      note: "Secondary; disagrees with Aon's 9.3-9.5% for GCCs.",
    },
    {
      id: 'teamlease-fy26',
      label: 'Increment, IT services vs GCCs, FY26 estimate',
      pctMin: 5,
      pctMax: 10,
      scope: 'IT services 5-8% (top performers 12-14%); GCCs 10% (top performers 15-20%)',
      source: 'TeamLease estimates (via Consultants Review)',
      url: 'https://www.consultantsreview.com/news/pay-hikes-at-flourishing-gcc-countries-might-also-top-it-firms-in-fy26-nwid-5312.html',
      year: '2025',
    },
    {
      id: 'deloitte-2025',
      label: 'Average increment forecast, India, 2025',
      pctMin: 8.8,
      pctMax: 8.8,
      scope: '500+ companies, 7 sectors',
      source: 'Deloitte India Talent Outlook 2025',
      url: 'https://sightsinplus.com/news/survey-report/indias-avg-salary-hike-to-be-8-8-in-2025-lowest-in-a-decade-deloitte-report/',
      year: '2025',
      note: 'Top performers get 1.7x the average increment.',
    },
    {
      id: 'michael-page-2026',
      label: 'General annual increments, 2026',
      pctMin: 8,
      pctMax: 12,
      scope: 'Across industries',
      source: 'Michael Page India Salary Guide 2026 (PTI via NewsDrum)',
      url: 'https://www.newsdrum.in/business/general-annual-increments-across-industries-likely-at-8-12-pc-michael-page-india-11079279',
      year: '2026',
      note: 'A range, not an average.',
    },
    {
      id: 'foundit-2025',
      label: 'Appraisal hikes received, 2024-25 cycle',
      pctMin: 5,
      pctMax: 10,
      scope: '5,108 employees surveyed; 74% got a hike; 86% plan to switch jobs',
      source: 'foundit Appraisal Trends Report 2025 (via The India Daily)',
      url: 'https://www.theindiadaily.com/business/86-employees-plan-to-switch-jobs-despite-salary-hikes-2025-foundit-survey-news-86919',
      year: '2025',
      note: "'Most increments were between 5% and 10%'.",
    },
  ],
  typicalSwitchHikePct: null,
  switchStatement:
    "No 2024-26 survey found gives a typical hike for switching jobs. Michael Page's 'up to 30%' is an upper bound for niche skills (AI/ML, semiconductors, EV), not a typical figure.",
  switchUpperBound: {
    id: 'michael-page-switch',
    label: 'Job-switch hike, niche skills (upper bound)',
    pctMin: null,
    pctMax: 30,
    scope: 'AI/ML, semiconductors, EV, batteries, renewables; leadership',
    source: 'Michael Page India Salary Guide 2026 (via India Today / Outlook Business)',
    url: 'https://www.indiatoday.in/jobs/story/ai-and-semiconductor-jobs-see-up-to-30-salary-hike-in-2026-educ-2876165-2026-03-01',
    year: '2026',
    note: "'Up to 30%': a ceiling for niche skills, not a typical switch hike.",
  },
};

// ---------------------------------------------------------------------------
// Validation (run by the unit tests).

const YEAR_RE = /^(?:19|20)\d{2}(?:-\d{2})?$/;

function checkPage(where: string, p: Partial<PayPage> | undefined, errors: string[]): void {
  if (!p) return void errors.push(`${where}: missing`);
  if (typeof p.source !== 'string' || !p.source.trim()) errors.push(`${where}: no source`);
  if (typeof p.url !== 'string' || !/^https?:\/\/\S+$/.test(p.url)) errors.push(`${where}: no url`);
  if (typeof p.year !== 'string' || !YEAR_RE.test(p.year)) errors.push(`${where}: no year`);
}

function sameSpan(a: { min: number; max: number | null }, b: { min: number; max: number | null }): boolean {
  return a.min === b.min && a.max === b.max;
}

/**
 * Every figure, mention and hike must name its source, URL and year; every
 * figure must sit under a level its stated years map to; span and disagree
 * must follow from the figures. Returns the problems found (empty = valid).
 */
export function validateMarketPay(
  table: Readonly<Record<string, RolePay>> = marketPay,
  hikeFacts: Hikes = hikes,
): string[] {
  const errors: string[] = [];
  for (const role of PAY_ROLES) if (!table[role]) errors.push(`${role}: missing role`);
  for (const [role, rp] of Object.entries(table)) {
    for (const [i, m] of (rp.context ?? []).entries()) checkPage(`${role} context ${i}`, m, errors);
    for (const level of PAY_LEVELS) {
      const cell = rp.levels?.[level];
      const at = `${role} ${level}`;
      if (!cell) {
        errors.push(`${at}: missing level`);
        continue;
      }
      if (typeof cell.note !== 'string' || !cell.note.trim()) errors.push(`${at}: no note`);
      for (const [i, m] of (cell.mentions ?? []).entries()) {
        checkPage(`${at} mention ${i}`, m, errors);
        if (!m.text?.trim()) errors.push(`${at} mention ${i}: no text`);
      }
      if (cell.status === 'none') {
        if (!cell.note?.startsWith('No published figure found for')) errors.push(`${at}: a 'none' note must start "No published figure found for"`);
        continue;
      }
      if (!cell.figures?.length) {
        errors.push(`${at}: sourced but no figures`);
        continue;
      }
      for (const [i, f] of cell.figures.entries()) {
        const fat = `${at} figure ${i}`;
        checkPage(fat, f, errors);
        if (!Number.isFinite(f.lpaMin) || f.lpaMin < 0) errors.push(`${fat}: bad lpaMin`);
        if (f.lpaMax !== null && !(Number.isFinite(f.lpaMax) && f.lpaMax >= f.lpaMin)) errors.push(`${fat}: bad lpaMax`);
        if (!f.yearsLabel?.trim()) errors.push(`${fat}: no yearsLabel`);
        if (f.years && !levelsForSourceYears(f.years).includes(level)) {
          errors.push(`${fat}: ${f.yearsLabel} does not map to ${level} (maps to ${levelsForSourceYears(f.years).join(', ')})`);
        }
      }
      if (!cell.span || !sameSpan(cell.span, spanOf(cell.figures))) errors.push(`${at}: span does not match its figures`);
      if (cell.disagree !== figuresDisagree(cell.figures)) errors.push(`${at}: disagree does not match its figures`);
      if (cell.guide) {
        if (!cell.guide.source?.trim()) errors.push(`${at} guide: no source`);
        if (!YEAR_RE.test(cell.guide.year ?? '')) errors.push(`${at} guide: no year`);
      }
    }
  }
  for (const h of [...hikeFacts.annual, hikeFacts.switchUpperBound]) checkPage(`hike ${h.id}`, h, errors);
  for (const [i, m] of marketAnchors.entries()) checkPage(`anchor ${i}`, m, errors);
  return errors;
}
