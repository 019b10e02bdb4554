/**
 * Ticks on the pre-call checklist, kept per meeting so a reload (or coming
 * back to the same meeting link) keeps them, and a new meeting starts fresh.
 */
import { computed, signal } from '@preact/signals';
import type { ChecklistItem } from '@/data/checklist';
import type { PanelApi } from './panel-api';

export type ChecklistState = ReturnType<typeof createChecklistState>;

export const checklistKey = (site: string, meetingId: string) => `checklist:${site}:${meetingId}`;

export function createChecklistState(api: PanelApi, items: ChecklistItem[]) {
  const key = signal<string | null>(null);
  const ticked = signal<ReadonlySet<string>>(new Set());
  const done = computed(() => items.filter((item) => ticked.value.has(item.id)).length);

  async function open(site: string, meetingId: string) {
    const k = checklistKey(site, meetingId);
    if (key.value === k) return;
    key.value = k;
    const stored = await api.loadSetting<string[]>(k).catch(() => undefined);
    if (key.value !== k) return;
    ticked.value = new Set(Array.isArray(stored) ? stored.filter((id) => typeof id === 'string') : []);
  }

  async function persist() {
    if (!key.value) return;
    if (ticked.value.size === 0) await api.removeSetting(key.value);
    else await api.saveSetting(key.value, [...ticked.value]);
  }

  return {
    items,
    ticked,
    done,
    open,
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
}
