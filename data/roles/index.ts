/**
 * The role registry: names, and a lazy loader per role module. The panel loads
 * only the modules a posting's role needs (its own, the ones it draws on, and
 * General), so its first paint does not grow with the dataset.
 */
import type { Role, RoleGuide } from '../schema';

/** Names as the "Role" combobox shows them. */
export const ROLE_NAMES: Record<Role, string> = {
  backend: 'Backend',
  frontend: 'Frontend',
  fullstack: 'Full stack',
  mobile: 'Mobile',
  'data-engineering': 'Data engineering',
  'data-science': 'Data science & ML',
  'data-analytics': 'Data analytics',
  devops: 'DevOps & cloud',
  qa: 'QA & test automation',
  general: 'General',
};

/** How a sentence names the role: "a common {phrase} interview question". */
export const ROLE_PHRASES: Record<Role, string> = {
  backend: 'backend',
  frontend: 'frontend',
  fullstack: 'full-stack',
  mobile: 'mobile',
  'data-engineering': 'data engineering',
  'data-science': 'data science and ML',
  'data-analytics': 'data analytics',
  devops: 'DevOps and cloud',
  qa: 'QA and test automation',
  general: 'general',
};

/**
 * Modules whose questions are also tagged for a role (`alsoFor`): loaded with
 * it. data/validate.ts checks that every `alsoFor` tag is covered here.
 */
export const DRAWS_ON: Record<Role, readonly Role[]> = {
  backend: ['frontend', 'data-engineering', 'devops', 'qa'],
  frontend: ['backend', 'devops', 'qa'],
  fullstack: ['frontend', 'backend'],
  mobile: ['frontend', 'qa'],
  'data-engineering': ['data-analytics', 'data-science', 'backend'],
  'data-science': ['data-analytics', 'data-engineering'],
  'data-analytics': ['data-engineering', 'data-science'],
  devops: ['backend', 'qa'],
  qa: ['frontend', 'mobile'],
  general: [],
};

const loaders: Record<Role, () => Promise<{ default: RoleGuide }>> = {
  backend: () => import('./backend'),
  frontend: () => import('./frontend'),
  fullstack: () => import('./fullstack'),
  mobile: () => import('./mobile'),
  'data-engineering': () => import('./data-engineering'),
  'data-science': () => import('./data-science'),
  'data-analytics': () => import('./data-analytics'),
  devops: () => import('./devops'),
  qa: () => import('./qa'),
  general: () => import('./general'),
};

export type Guides = Partial<Record<Role, RoleGuide>>;

/** The modules `role` needs (its own, the ones it draws on, General), loaded in parallel. */
export async function loadGuidesFor(role: Role): Promise<Guides> {
  const needed = [...new Set<Role>([role, ...DRAWS_ON[role], 'general'])];
  const loaded = await Promise.all(needed.map((r) => loaders[r]().then((m) => m.default)));
  return Object.fromEntries(loaded.map((g) => [g.role, g]));
}

/** Every module (for search across roles and for bookmarks of any role). */
export async function loadAllGuides(): Promise<Guides> {
  const loaded = await Promise.all(Object.values(loaders).map((load) => load().then((m) => m.default)));
  return Object.fromEntries(loaded.map((g) => [g.role, g]));
}
