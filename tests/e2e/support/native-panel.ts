/**
 * Chrome's own side panel is not a Playwright page. These helpers reach it
 * over the browser's DevTools protocol: click the toolbar button
 * (Extensions.triggerAction, allowed by --enable-unsafe-extension-debugging),
 * find the panel's target, and read its text.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

type TargetInfo = { targetId: string; type: string; url: string; attached: boolean };

async function browserSession(context: BrowserContext): Promise<CDPSession> {
  const browser = context.browser();
  if (!browser) throw new Error('No browser-level DevTools session.');
  return browser.newBrowserCDPSession();
}

async function targets(session: CDPSession, type?: string): Promise<TargetInfo[]> {
  const { targetInfos } = (await session.send('Target.getTargets', type ? ({ filter: [{ type }] } as never) : undefined)) as {
    targetInfos: TargetInfo[];
  };
  return targetInfos;
}

/** Clicks the extension's toolbar button for the tab showing `page`. */
export async function clickToolbarButton(page: Page, extensionId: string): Promise<void> {
  const session = await browserSession(page.context());
  const pageTarget = (await targets(session, 'page')).find((t) => t.url === page.url());
  const tab = (await targets(session, 'tab')).find((t) => t.url === pageTarget?.url);
  if (!tab) throw new Error(`No tab target for ${page.url()}`);
  await session.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
  await session.detach();
}

export interface NativePanel {
  /** The panel document's visible text. */
  text(): Promise<string>;
  /** Evaluates an expression in the panel document. */
  evaluate<T>(expression: string): Promise<T>;
  /** Detaches from the panel, leaving it open. */
  close(): Promise<void>;
  /** Closes the side panel itself (the panel page closing its window), then detaches. */
  closePanel(): Promise<void>;
}

/**
 * Runs `open` (a click that should open Chrome's side panel), waits for the
 * panel document that appears (the extension's sidepanel.html outside any
 * tab, not one that was there before) and attaches to it.
 */
export async function nativeSidePanel(
  context: BrowserContext,
  extensionId: string,
  open: () => Promise<unknown>,
  timeoutMs = 5000,
): Promise<NativePanel> {
  const session = await browserSession(context);
  const url = `chrome-extension://${extensionId}/sidepanel.html`;
  const panels = async () => (await targets(session, 'page')).filter((t) => t.url === url);
  const before = new Set((await panels()).map((t) => t.targetId));
  await open();
  const deadline = Date.now() + timeoutMs;
  let target: TargetInfo | undefined;
  while (!target && Date.now() < deadline) {
    target = (await panels()).find((t) => !before.has(t.targetId));
    if (!target) await new Promise((r) => setTimeout(r, 100));
  }
  if (!target) throw new Error('The native side panel did not open.');
  // Non-flattened attach: messages go through Target.sendMessageToTarget.
  const { sessionId } = (await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false } as never)) as {
    sessionId: string;
  };
  let nextId = 1;
  const pending = new Map<number, (message: { result?: { result?: { value?: unknown } }; error?: unknown }) => void>();
  session.on(
    'Target.receivedMessageFromTarget' as never,
    ((event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message);
      pending.get(message.id)?.(message);
      pending.delete(message.id);
    }) as never,
  );
  async function evaluate<T>(expression: string): Promise<T> {
    const id = nextId++;
    const reply = new Promise<{ result?: { result?: { value?: unknown } }; error?: unknown }>((resolve) => pending.set(id, resolve));
    await session.send(
      'Target.sendMessageToTarget' as never,
      {
        sessionId,
        message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }),
      } as never,
    );
    const message = await reply;
    if (message.error) throw new Error(JSON.stringify(message.error));
    return message.result?.result?.value as T;
  }
  return {
    evaluate,
    text: async () => (await evaluate<string | undefined>('document.body?.innerText')) ?? '',
    close: () => session.detach(),
    async closePanel() {
      await evaluate('window.close()').catch(() => {});
      const deadline = Date.now() + 5000;
      while ((await targets(session, 'page')).some((t) => t.targetId === target!.targetId) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
      }
      await session.detach().catch(() => {});
    },
  };
}

/** Polls the panel's text until it contains `expected`. */
export async function waitForPanelText(panel: NativePanel, expected: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = await panel.text().catch(() => '');
    if (last.includes(expected)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Side panel never showed "${expected}". It shows:\n${last.slice(0, 800)}`);
}
