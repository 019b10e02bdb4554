/**
 * Main-thread time of our content script, from a V8 CPU profile of the page
 * (CDP Profiler, 100 µs sampling). Content scripts run in the page's renderer
 * on its main thread, in an isolated world; their frames carry the script's
 * chrome-extension:// URL.
 */
import type { BrowserContext, Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ScriptTime {
  /** Self time of frames whose URL is chrome-extension:// (the brief's definition). */
  selfMs: number;
  /** Self time of every frame below one of ours: adds the builtins and DOM/native calls ours made (JSON.parse, querySelectorAll…). */
  inclusiveMs: number;
  /** Inclusive time under the site's `extract()` (posting extraction alone). */
  extractMs: number;
  /** Our heaviest functions (inclusive-of-natives self time), for finding where the time goes. */
  top: { fn: string; ms: number }[];
}

export const SAMPLING_INTERVAL_US = 100;

export async function startProfiler(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
  return async function stop(): Promise<ScriptTime> {
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach().catch(() => {});
    return scriptTime(profile as Profile);
  };
}

const OURS = 'chrome-extension://';

export function scriptTime(profile: Profile): ScriptTime {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // As DevTools does: a sample lasts until the next one (the last one until endTime).
  const selfUs = new Map<number, number>();
  let t = profile.startTime;
  const stamps = samples.map((_, i) => (t += deltas[i] ?? 0));
  samples.forEach((id, i) => {
    const end = i + 1 < stamps.length ? (stamps[i + 1] as number) : profile.endTime;
    selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, end - (stamps[i] as number)));
  });

  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // Walks up from a node: is it, or an ancestor, ours / our extract()?
  const ancestry = (id: number) => {
    let ours = false;
    let inExtract = false;
    let ourFrame: ProfileNode | null = null;
    for (let a: number | undefined = id, depth = 0; a !== undefined && depth < 10_000; a = parent.get(a), depth++) {
      const node = byId.get(a);
      if (!node?.callFrame.url.startsWith(OURS)) continue;
      ours = true;
      ourFrame ??= node;
      if (node.callFrame.functionName === 'extract') inExtract = true;
    }
    return { ours, inExtract, ourFrame };
  };

  let self = 0;
  let inclusive = 0;
  let extract = 0;
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = (selfUs.get(node.id) ?? 0) / 1000;
    if (ms === 0) continue;
    if (node.callFrame.url.startsWith(OURS)) self += ms;
    const { ours, inExtract, ourFrame } = ancestry(node.id);
    if (!ours || !ourFrame) continue;
    inclusive += ms;
    if (inExtract) extract += ms;
    // Natives are charged to the nearest function of ours, named with its position in the bundle.
    const f = ourFrame.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  }
  const top = [...byFunction]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([fn, ms]) => ({ fn, ms }));
  return { selfMs: self, inclusiveMs: inclusive, extractMs: extract, top };
}
