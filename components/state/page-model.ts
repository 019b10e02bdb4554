/**
 * What the panel knows about the page beside it: the posting or call the
 * content script reported for the tab, the posting's role (detected, or the
 * one the user chose for it) and the questions ranked for it. Follows the active tab (side panel) and the
 * background's `contextChanged` events.
 */
import { computed, createModel, effect, signal } from '@preact/signals';
import { ROLES, type Role } from '@/data/schema';
import { errorMessage } from '@/utils/error-message';
import type { PageContext } from '@/utils/posting/types';
import { rankQuestions } from '@/utils/ranking/rank-questions';
import { detectRole } from '@/utils/roles/detect-role';
import { launcherHiddenKey, roleChoiceKey } from '@/utils/storage-keys';
import { datasetOf, type GuidesModel } from './guides-model';
import type { PanelApi } from './panel-api';

export const PageModel = createModel((api: PanelApi, guides: GuidesModel) => {
  const tabId = signal<number | null>(null);
  const context = signal<PageContext | null>(null);
  const loaded = signal(false);
  const error = signal<string | null>(null);

  const posting = computed(() => (context.value?.kind === 'job' ? context.value.posting : null));
  const call = computed(() => (context.value?.kind === 'call' ? context.value.call : null));
  const detection = computed(() => (posting.value ? detectRole(posting.value) : null));
  /** The role the user picked for this posting (remembered per posting), else null. */
  const chosenRole = signal<Role | null>(null);
  const role = computed<Role | null>(() => chosenRole.value ?? detection.value?.role ?? null);
  const dataset = computed(() => (role.value ? datasetOf(guides.guides.value, role.value) : null));
  const ranked = computed(() => (posting.value && dataset.value ? rankQuestions(posting.value, dataset.value) : []));

  /** Whether the user hid the in-page launcher on this page's site (see utils/content/run-site.ts). */
  const launcherHidden = signal(false);
  const site = computed(() => posting.value?.site ?? call.value?.site ?? null);

  async function loadSiteSettings() {
    const id = site.value;
    launcherHidden.value = id ? (await api.loadSetting<boolean>(launcherHiddenKey(id)).catch(() => false)) === true : false;
    const p = posting.value;
    const chosen = p ? await api.loadSetting<string>(roleChoiceKey(p)).catch(() => undefined) : undefined;
    if (posting.value === p) chosenRole.value = (ROLES as readonly unknown[]).includes(chosen) ? (chosen as Role) : null;
  }

  let generation = 0;
  async function load(forTab: number | null) {
    const mine = ++generation;
    try {
      const reply = await api.request('getTabContext', forTab === null ? {} : { tabId: forTab });
      if (mine !== generation) return; // a newer tab switch won
      tabId.value = reply.tabId;
      context.value = reply.context;
      error.value = null;
      await loadSiteSettings();
    } catch (e) {
      if (mine === generation) error.value = errorMessage(e);
    } finally {
      if (mine === generation) loaded.value = true;
    }
  }

  // Each is disposed with the model: a subscription as an effect's cleanup.
  effect(() =>
    api.onEvent((event) => {
      if (event.type === 'contextChanged' && event.tabId === tabId.value) {
        context.value = event.context;
        void loadSiteSettings();
      }
    }),
  );
  effect(() => api.watchTab((id) => void load(id)));
  // The posting's role decides which question modules to load.
  effect(() => {
    if (role.value) void guides.ensure(role.value);
    else if (call.value) void guides.ensure('general'); // questions to ask on a call
  });

  return {
    tabId,
    context,
    loaded,
    error,
    posting,
    call,
    detection,
    chosenRole,
    role,
    dataset,
    ranked,
    launcherHidden,
    reload: () => load(tabId.value),
    /** Re-ranks at once for `next` and remembers it for this posting. */
    async chooseRole(next: Role) {
      const p = posting.value;
      if (!p) return;
      chosenRole.value = next === detection.value?.role ? null : next;
      if (chosenRole.value) await api.saveSetting(roleChoiceKey(p), next);
      else await api.removeSetting(roleChoiceKey(p));
    },
    async showLauncherAgain() {
      if (!site.value) return;
      await api.saveSetting(launcherHiddenKey(site.value), false);
      launcherHidden.value = false;
    },
  };
});
export type PageModel = InstanceType<typeof PageModel>;
