/**
 * The few extension APIs a content script uses, straight from the browser.
 * Content scripts skip webextension-polyfill: it would be a third of their
 * 6,000-byte budget, and these calls return promises natively in Chrome MV3 and
 * Firefox. Every call goes through `alive()` first: after the extension is
 * reloaded or updated, an old content script must go quiet instead of
 * throwing "Extension context invalidated" into the page's console.
 */
type Listener<A extends unknown[]> = { addListener(fn: (...args: A) => void): void; removeListener(fn: (...args: A) => void): void };

export interface ContentExt {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    getURL(path: string): string;
    onMessage: Listener<[unknown]>;
  };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged: Listener<[Record<string, { newValue?: unknown }>, string]>;
  };
}

const g = globalThis as { browser?: ContentExt; chrome?: ContentExt };
// A page can shadow `browser` or `chrome` in our world with named elements (`<form id=browser><input
// name=runtime id=x>`): only an object with real functions is the extension API.
const isApi = (x: unknown): x is ContentExt => typeof (x as ContentExt | undefined)?.runtime?.sendMessage === 'function';
export const ext: ContentExt | undefined = isApi(g.browser) && g.browser.runtime.id ? g.browser : isApi(g.chrome) ? g.chrome : undefined;

/** False once the extension that injected us is gone (reloaded, updated, removed). */
export function alive(): boolean {
  try {
    return !!ext?.runtime?.id;
  } catch {
    return false;
  }
}
