/**
 * One role's dataset: the questions a posting of that role is ranked against,
 * built from the loaded role modules. Its own questions first, then those other
 * modules tag for it (`alsoFor`), then the General pool. A non-software
 * posting (role `general`) gets the General pool without the coding round.
 */
import { ROLE_PHRASES, type Guides } from './roles';
import type { Dataset, Question, Role, Topic } from './schema';
import { ID_ALIASES } from './id-aliases';

const cache = new WeakMap<Guides, Map<Role, Dataset>>();

export function buildDataset(role: Role, guides: Guides): Dataset {
  let byRole = cache.get(guides);
  if (!byRole) cache.set(guides, (byRole = new Map()));
  let d = byRole.get(role);
  if (!d) byRole.set(role, (d = build(role, guides)));
  return d;
}

function build(role: Role, guides: Guides): Dataset {
  const own = guides[role];
  const general = guides.general;
  if (!own || !general) throw new Error(`The ${role} questions are not loaded.`);
  const questions: Question[] = [];
  const topics = new Map<string, Topic>();
  const take = (q: Question) => {
    questions.push(q);
    const home = guides[q.role];
    for (const id of q.topics) {
      const t = home?.topics.find((x) => x.id === id) ?? general.topics.find((x) => x.id === id);
      if (t) topics.set(t.id, t);
    }
  };
  if (role === 'general') {
    for (const q of general.questions) if (q.category !== 'coding') take(q);
  } else {
    own.questions.forEach(take);
    for (const guide of Object.values(guides)) {
      if (guide.role === role || guide.role === 'general') continue;
      for (const q of guide.questions) if (q.alsoFor?.includes(role)) take(q);
    }
    general.questions.forEach(take);
  }
  // Every topic of the role's own module and of General, matched or not, so the ranker knows all its terms.
  for (const t of [...own.topics, ...general.topics]) if (!topics.has(t.id)) topics.set(t.id, t);
  return {
    role,
    name: own.name,
    phrase: ROLE_PHRASES[role],
    questions,
    topics: [...topics.values()],
    tips: role === 'general' ? general.tips : [...own.tips, ...general.tips],
    rounds: own.rounds,
  };
}

/** The question with this id in any loaded module, following a renamed id's alias; undefined if unknown. */
export function questionById(id: string, guides: Guides): Question | undefined {
  const live = Object.hasOwn(ID_ALIASES, id) ? (ID_ALIASES[id] as string) : id;
  for (const guide of Object.values(guides)) {
    const q = guide.questions.find((x) => x.id === live);
    if (q) return q;
  }
  return undefined;
}
