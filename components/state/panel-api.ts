/**
 * Everything the panel needs from the outside world, as one small interface.
 * `createBrowserPanelApi()` talks to the background through the typed protocol;
 * unit tests pass an in-memory implementation instead.
 */
import { browser } from 'wxt/browser';
import { isPanelEvent, request, type PanelEvent, type RequestType, type Requests } from '@/utils/messages';

export interface PanelApi {
  request<K extends RequestType>(type: K, payload: Requests[K]['payload']): Promise<Requests[K]['reply']>;
  /** Subscribes to background events; returns the unsubscribe function. */
  onEvent(listener: (event: PanelEvent) => void): () => void;
  /**
   * The tab whose page this panel describes: the hosting tab for the in-page
   * panel (null: the background uses the sender's tab), or the active tab of
   * this window for the side panel. Calls back when that changes.
   */
  watchTab(listener: (tabId: number | null) => void): () => void;
  /** Small per-user settings in extension storage (checklist ticks). */
  loadSetting<T>(key: string): Promise<T | undefined>;
  saveSetting(key: string, value: unknown): Promise<void>;
  removeSetting(key: string): Promise<void>;
}

export type PanelMode = 'side' | 'embedded';

export function createBrowserPanelApi(mode: PanelMode): PanelApi {
  const send = (message: unknown) => browser.runtime.sendMessage(message);
  return {
    request: (type, payload) => request(send, type, payload),
    onEvent(listener) {
      const wrapped = (message: unknown) => {
        if (isPanelEvent(message)) listener(message);
      };
      browser.runtime.onMessage.addListener(wrapped);
      return () => browser.runtime.onMessage.removeListener(wrapped);
    },
    watchTab(listener) {
      if (mode === 'embedded') {
        listener(null);
        return () => {};
      }
      let windowId: number | undefined;
      const refresh = () =>
        browser.tabs
          .query({ active: true, currentWindow: true })
          .then(([tab]) => {
            windowId = tab?.windowId;
            listener(tab?.id ?? null);
          })
          .catch(() => listener(null));
      const onActivated = (info: { tabId: number; windowId: number }) => {
        if (windowId === undefined || info.windowId === windowId) listener(info.tabId);
      };
      void refresh();
      browser.tabs.onActivated.addListener(onActivated);
      return () => browser.tabs.onActivated.removeListener(onActivated);
    },
    async loadSetting<T>(key: string) {
      return (await browser.storage.local.get(key))[key] as T | undefined;
    },
    saveSetting: (key, value) => browser.storage.local.set({ [key]: value }),
    removeSetting: (key) => browser.storage.local.remove(key),
  };
}
