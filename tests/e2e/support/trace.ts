import type { CDPSession } from 'playwright-core';

/** Traces everything `fn` makes the browser do (all processes) in the given categories, returning the raw events. */
export async function traced<E>(cdp: CDPSession, categories: string[], fn: () => Promise<void>): Promise<E[]> {
  const events: E[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as E[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  try {
    await fn();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
  }
  return events;
}
