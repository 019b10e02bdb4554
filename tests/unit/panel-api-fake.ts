/**
 * A PanelApi for unit tests: the background's real handlers over
 * fake-indexeddb and WXT's fake browser storage, with events delivered to
 * every "panel" created from the same hub, as the background would.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers, handle, type Sender } from '@/utils/background/handlers';
import type { PanelEvent, Request, Requests } from '@/utils/messages';
import type { PanelApi } from '@/components/state/panel-api';

export function createTestHub(options: { tabId?: number } = {}) {
  const listeners = new Set<(event: PanelEvent) => void>();
  const handlers = createHandlers((event) => listeners.forEach((l) => l(event)));
  const sender = (tabId?: number): Sender => ({
    id: 'test',
    tab: tabId === undefined ? undefined : ({ id: tabId } as Sender['tab']),
    frameId: 0,
  });

  async function send<R extends Request>(message: R, tabId?: number): Promise<Requests[R['type']]['reply']> {
    const reply = await handle(handlers, message, sender(tabId));
    if (!reply.ok) throw new Error(reply.error);
    return reply.value as Requests[R['type']]['reply'];
  }

  function createApi(): PanelApi {
    const mine = new Set<() => void>();
    return {
      request: ((type: Request['type'], payload: object) => send({ type, ...payload } as Request, options.tabId)) as PanelApi['request'],
      onEvent(listener) {
        listeners.add(listener);
        const off = () => listeners.delete(listener);
        mine.add(off);
        return off;
      },
      watchTab(listener) {
        listener(options.tabId ?? null);
        return () => {};
      },
      // The same storage.local the background reads (WXT's fake browser, reset per test).
      loadSetting: async <T>(key: string) => (await fakeBrowser.storage.local.get(key))[key] as T | undefined,
      saveSetting: (key, value) => fakeBrowser.storage.local.set({ [key]: value }),
      removeSetting: (key) => fakeBrowser.storage.local.remove(key),
    };
  }

  /** A stored setting, as the panel or background would read it. */
  const setting = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

  return { createApi, send, setting };
}
