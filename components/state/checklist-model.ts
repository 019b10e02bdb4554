/**
 * Ticks on the pre-call checklist, kept per meeting so a reload (or coming
 * back to the same meeting link) keeps them, and a new meeting starts fresh.
 */
import { computed, createModel, signal } from '@preact/signals';
import { callChecklist } from '@/data/checklist';
import { checklistKey } from '@/utils/storage-keys';
import type { PanelApi } from './panel-api';

export const ChecklistModel = createModel((api: PanelApi) => {
  const key = signal<string | null>(null);
  const ticked = signal<ReadonlySet<string>>(new Set());

  async function persist() {
    if (!key.value) return;
    if (ticked.value.size === 0) await api.removeSetting(key.value);
    else await api.saveSetting(key.value, [...ticked.value]);
  }

  return {
    ticked,
    done: computed(() => callChecklist.filter((item) => ticked.value.has(item.id)).length),
    async open(site: string, meetingId: string) {
      const k = checklistKey(site, meetingId);
      if (key.value === k) return;
      key.value = k;
      const stored = await api.loadSetting<string[]>(k).catch(() => undefined);
      if (key.value !== k) return;
      ticked.value = new Set(Array.isArray(stored) ? stored.filter((id) => typeof id === 'string') : []);
    },
    toggle(id: string, on: boolean) {
      const next = new Set(ticked.value);
      if (on) next.add(id);
      else next.delete(id);
      ticked.value = next;
      return persist();
    },
    reset() {
      ticked.value = new Set();
      return persist();
    },
  };
});
export type ChecklistModel = InstanceType<typeof ChecklistModel>;
