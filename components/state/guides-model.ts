/**
 * The role modules the panel has loaded so far. Each loads on first need (a
 * posting's role, a browse, a bookmark of another role), so the panel's first
 * paint carries no question data at all.
 */
import { computed, createModel, signal } from '@preact/signals';
import { buildDataset } from '@/data/dataset';
import { DRAWS_ON, loadAllGuides, loadGuidesFor, type Guides } from '@/data/roles';
import type { Dataset, Role } from '@/data/schema';
import { errorMessage } from '@/utils/error-message';

export const GuidesModel = createModel(() => {
  const guides = signal<Guides>({});
  const allLoaded = signal(false);
  const error = signal<string | null>(null);
  const pending = new Map<string, Promise<void>>();

  const merge = (more: Guides) => {
    guides.value = { ...guides.value, ...more };
  };
  const once = (key: string, load: () => Promise<Guides>) => {
    let p = pending.get(key);
    if (!p) {
      p = load().then(merge, (e: unknown) => {
        pending.delete(key);
        error.value = `The questions could not be loaded: ${errorMessage(e)}`;
      });
      pending.set(key, p);
    }
    return p;
  };

  return {
    guides,
    allLoaded,
    error,
    /** Every loaded question, each once (a question tagged for several roles is one question). */
    allQuestions: computed(() => Object.values(guides.value).flatMap((g) => g.questions)),
    /** Loads what `role` needs (its module, the ones it draws on, General). */
    ensure(role: Role): Promise<void> {
      return ready(guides.value, role) ? Promise.resolve() : once(role, () => loadGuidesFor(role));
    },
    ensureAll(): Promise<void> {
      return once('*', loadAllGuides).then(() => void (allLoaded.value = true));
    },
  };
});
export type GuidesModel = InstanceType<typeof GuidesModel>;

/** Whether every module `role` needs is loaded. */
export function ready(guides: Guides, role: Role): boolean {
  return [role, ...DRAWS_ON[role], 'general' as const].every((r) => guides[r] !== undefined);
}

/** The role's dataset once its modules are loaded, else null. */
export function datasetOf(guides: Guides, role: Role): Dataset | null {
  return ready(guides, role) ? buildDataset(role, guides) : null;
}
