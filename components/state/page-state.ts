/**
 * What the panel knows about the page beside it: the posting or call the
 * content script reported for the tab, the questions ranked for it, and the
 * salary guidance for its seniority. Follows the active tab (side panel) and
 * the background's `contextChanged` events.
 */
import { computed, signal } from '@preact/signals';
import type { Dataset } from '@/data/schema';
import type { PageContext } from '@/utils/posting';
import { rankQuestions } from '@/utils/rank';
import { salaryGuidanceFor } from '@/utils/salary-band';
import type { PanelApi } from './panel-api';
import { message } from './bookmarks-state';

export type PageState = ReturnType<typeof createPageState>;

export function createPageState(api: PanelApi, dataset: Dataset) {
  const tabId = signal<number | null>(null);
  const context = signal<PageContext | null>(null);
  const loaded = signal(false);
  const error = signal<string | null>(null);

  const posting = computed(() => (context.value?.kind === 'job' ? context.value.posting : null));
  const call = computed(() => (context.value?.kind === 'call' ? context.value.call : null));
  const ranked = computed(() => (posting.value ? rankQuestions(posting.value, dataset) : []));
  const salary = computed(() => salaryGuidanceFor(posting.value ?? { title: '', experience: null }, dataset));

  /** Whether the user hid the in-page launcher on this page's site (see utils/content/run-site.ts). */
  const launcherHidden = signal(false);
  const site = computed(() => posting.value?.site ?? call.value?.site ?? null);
  const hiddenKey = (id: string) => `launcher-hidden:${id}`;
  async function loadLauncherHidden(id: string | null) {
    launcherHidden.value = id ? (await api.loadSetting<boolean>(hiddenKey(id)).catch(() => false)) === true : false;
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
      await loadLauncherHidden(site.value);
    } catch (e) {
      if (mine === generation) error.value = message(e);
    } finally {
      if (mine === generation) loaded.value = true;
    }
  }

  const stopEvents = api.onEvent((event) => {
    if (event.type === 'contextChanged' && event.tabId === tabId.value) {
      context.value = event.context;
      void loadLauncherHidden(site.value);
    }
  });
  const stopTab = api.watchTab((id) => void load(id));

  return {
    tabId,
    context,
    loaded,
    error,
    posting,
    call,
    ranked,
    salary,
    launcherHidden,
    reload: () => load(tabId.value),
    async showLauncherAgain() {
      if (!site.value) return;
      await api.saveSetting(hiddenKey(site.value), false);
      launcherHidden.value = false;
    },
    dispose() {
      stopEvents();
      stopTab();
    },
  };
}
