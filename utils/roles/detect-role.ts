/**
 * Which role a posting is for: its title first, then its description. Pure and
 * table-tested (tests/unit/detect-role.test.ts). It never guesses silently:
 * it says how sure it is and which words decided it.
 */
import { DESCRIPTION_ROLE_WORDS, DESCRIPTION_WORD_WEIGHT, GENERIC_SOFTWARE_TITLE, NON_SOFTWARE_TITLE, TITLE_ROLE_WORDS } from '@/data/role-signals';
import type { Role } from '@/data/schema';

export interface RoleDetection {
  role: Role;
  /** high: the title names the role; medium: the description's stack does, clearly; low: a default or a close call. */
  confidence: 'high' | 'medium' | 'low';
  /** Where the deciding words came from. */
  source: 'title' | 'description' | 'none';
  /** The deciding words as the posting writes them, strongest first ("React", "Redux"). */
  cues: string[];
}

type Matcher = { re: RegExp; meaning: Map<string, { role: Role; weight: number }> };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * One regex for a list of phrases, longest first so "react native" wins over
 * "react". Whole words only: no letter, digit, "+" or "#" may touch either end
 * ("java" is not in "javascript", "c" is not in "c++"); spaces and hyphens in a
 * phrase match any run of spaces or hyphens.
 */
function phrases(words: readonly string[]): RegExp {
  const alternatives = [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/(?:\\-| )+/g, '[\\s-]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}+#])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}+#]|\\.[\\p{L}])`, 'giu');
}

const normal = (s: string) => s.toLowerCase().replace(/[\s-]+/g, ' ');

function titleMatcher(): Matcher {
  const meaning = new Map<string, { role: Role; weight: number }>();
  for (const [role, { strong, weak }] of Object.entries(TITLE_ROLE_WORDS) as [Role, { strong: string[]; weak: string[] }][]) {
    for (const w of weak) if (!meaning.has(normal(w))) meaning.set(normal(w), { role, weight: 1 });
    for (const w of strong) meaning.set(normal(w), { role, weight: 3 });
  }
  return { re: phrases([...meaning.keys()]), meaning };
}

function descriptionMatcher(): Matcher {
  const meaning = new Map<string, { role: Role; weight: number }>();
  for (const [role, words] of Object.entries(DESCRIPTION_ROLE_WORDS) as [Exclude<Role, 'general'>, string[]][]) {
    const weight = DESCRIPTION_WORD_WEIGHT[role] ?? 1;
    for (const w of words) if (!meaning.has(normal(w))) meaning.set(normal(w), { role, weight });
  }
  return { re: phrases([...meaning.keys()]), meaning };
}

let matchers: { title: Matcher; description: Matcher; generic: RegExp; nonSoftware: RegExp } | null = null;
const compiled = () =>
  (matchers ??= {
    title: titleMatcher(),
    description: descriptionMatcher(),
    generic: phrases(GENERIC_SOFTWARE_TITLE),
    nonSoftware: phrases(NON_SOFTWARE_TITLE),
  });

interface Tally {
  score: Map<Role, number>;
  /** Distinct words per role, as written, in order of appearance. */
  words: Map<Role, string[]>;
}

function tally(text: string, m: Matcher, repeats: boolean): Tally {
  const score = new Map<Role, number>();
  const words = new Map<Role, string[]>();
  const seen = new Set<string>();
  for (const match of text.matchAll(m.re)) {
    const key = normal(match[0]);
    const meant = m.meaning.get(key);
    if (!meant) continue;
    const first = !seen.has(key);
    seen.add(key);
    // In a description each distinct word counts once fully, repeats a little.
    if (first || repeats) score.set(meant.role, (score.get(meant.role) ?? 0) + meant.weight * (first ? 1 : 0.25));
    if (first) words.set(meant.role, [...(words.get(meant.role) ?? []), match[0]]);
  }
  return { score, words };
}

const ranked = (t: Tally) => [...t.score].sort((a, b) => b[1] - a[1]);

/** Frontend and backend both clearly present, or both present and the description says "full stack": the job is full stack. */
function fullStack(t: Tally): boolean {
  const fe = t.score.get('frontend') ?? 0;
  const be = t.score.get('backend') ?? 0;
  if (t.score.has('fullstack') && fe > 0 && be > 0) return true;
  return fe >= 2 && be >= 2 && Math.min(fe, be) / Math.max(fe, be) >= 0.5;
}

const DESCRIPTION_CAP = 60_000;

export function detectRole(posting: { title: string; description: string }): RoleDetection {
  const m = compiled();
  const title = typeof posting.title === 'string' ? posting.title.slice(0, 300) : '';
  const description = typeof posting.description === 'string' ? posting.description.slice(0, DESCRIPTION_CAP) : '';

  const inTitle = tally(title, m.title, false);
  const [best, second] = ranked(inTitle);
  if (best && best[1] >= 3) {
    // Two role nouns in one title ("Frontend + Backend Engineer") make it full stack.
    if (second && second[1] >= 3 && new Set([best[0], second[0]]).has('frontend') && new Set([best[0], second[0]]).has('backend')) {
      return { role: 'fullstack', confidence: 'high', source: 'title', cues: [...(inTitle.words.get(best[0]) ?? []), ...(inTitle.words.get(second[0]) ?? [])] };
    }
    return { role: best[0], confidence: 'high', source: 'title', cues: inTitle.words.get(best[0]) ?? [] };
  }

  const generic = m.generic.test(title);
  m.generic.lastIndex = 0;
  // A sales, HR or finance job is General, whatever its description mentions, and whatever
  // stack word rides in its title ("Cloud Sales Specialist"), unless the title is also an
  // engineer's ("Cloud Operations Engineer"): then the description decides.
  const nonSoftware = title.match(m.nonSoftware);
  if (nonSoftware && (!best || !generic)) return { role: 'general', confidence: 'high', source: 'title', cues: [nonSoftware[0]] };

  const inDescription = tally(description, m.description, true);
  const order = ranked(inDescription);
  const top = order[0];
  const distinct = top ? (inDescription.words.get(top[0])?.length ?? 0) : 0;

  if (fullStack(inDescription) && (generic || best)) {
    const cues = [...(inDescription.words.get('fullstack') ?? []).slice(0, 1), ...(inDescription.words.get('frontend') ?? []).slice(0, 2), ...(inDescription.words.get('backend') ?? []).slice(0, 2)];
    return { role: 'fullstack', confidence: 'medium', source: 'description', cues };
  }
  // A stack word in the title ("Java", "React") settles a close call in the description.
  if (best && (!top || top[0] === best[0] || (inDescription.score.get(best[0]) ?? 0) * 1.5 >= top[1])) {
    return { role: best[0], confidence: 'medium', source: 'title', cues: inTitle.words.get(best[0]) ?? [] };
  }
  if (top && (generic || best || distinct >= 3)) {
    const runnerUp = order[1]?.[1] ?? 0;
    const clear = distinct >= 2 && top[1] >= runnerUp * 1.5;
    return { role: top[0], confidence: clear ? 'medium' : 'low', source: 'description', cues: (inDescription.words.get(top[0]) ?? []).slice(0, 4) };
  }
  // A software title with no stack named anywhere: most such interviews are backend-shaped (DSA, APIs, design).
  if (generic) return { role: 'backend', confidence: 'low', source: 'none', cues: [] };
  return { role: 'general', confidence: nonSoftware ? 'high' : 'medium', source: nonSoftware ? 'title' : 'none', cues: nonSoftware ? [nonSoftware[0]] : [] };
}

const list = (words: readonly string[]) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;

/** "the title says React", "the description mentions Spark and Airflow", for the panel beside the Role combobox. */
export function describeDetection(d: RoleDetection): string {
  if (d.source === 'none') {
    return d.role === 'general' ? 'the posting names no software role' : 'the posting names no stack; change the role if it is wrong';
  }
  const where = d.source === 'title' ? 'the title says' : 'the description mentions';
  return `${where} ${list(d.cues.slice(0, 3))}`;
}
