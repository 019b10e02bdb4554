/**
 * Every role module, imported statically: for the background (which ranks
 * every reported posting and resolves any bookmarked id) and for tests. The
 * panel never imports this file; it loads modules lazily (data/roles/index.ts).
 */
import type { Role, RoleGuide } from '../schema';
import backend from './backend';
import dataAnalytics from './data-analytics';
import dataEngineering from './data-engineering';
import dataScience from './data-science';
import devops from './devops';
import frontend from './frontend';
import fullstack from './fullstack';
import general from './general';
import mobile from './mobile';
import qa from './qa';

export const allGuides: Record<Role, RoleGuide> = {
  backend,
  frontend,
  fullstack,
  mobile,
  'data-engineering': dataEngineering,
  'data-science': dataScience,
  'data-analytics': dataAnalytics,
  devops,
  qa,
  general,
};
