/**
 * A PanelApi for unit tests: the background's real handlers over
 * fake-indexeddb and WXT's fake browser storage, with events delivered to
 * every "panel" created from the same hub, as the background would.
 */
import { createHandlers, handle, type Sender } from '@/utils/background/handlers';
import type { PanelEvent, Request, Requests } from '@/utils/messages';
import type { PanelApi } from '@/components/state/panel-api';

export function createTestHub(options: { tabId?: number } = {}) {
  const listeners = new Set<(event: PanelEvent) => void>();
  const handlers = createHandlers((event) => listeners.forEach((l) => l(event)));
  const settings = new Map<string, unknown>();
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
      loadSetting: async <T>(key: string) => settings.get(key) as T | undefined,
      saveSetting: async (key, value) => void settings.set(key, structuredClone(value)),
      removeSetting: async (key) => void settings.delete(key),
    };
  }

  return { createApi, send, settings };
}
