/**
 * What our content scripts get as WXT's `ctx`: one AbortController whose
 * signal ends everything a script started (utils/content/run-site.ts).
 * wxt.config.ts puts this in place of `wxt/utils/content-script-context` in
 * content-script builds only; extension pages and the background never load it.
 *
 * Why not WXT's own: it also carries a location watcher (our scripts follow
 * navigation with their own observer), and a "newer script started" event and
 * postMessage that any page can forge or read (the hostile-page e2e tests
 * showed both). Dropping them takes about 1 KB gzipped off every content
 * script, which the 6,000-byte budget needs. Only the members our scripts and
 * WXT's entry wrapper use are here; `tsc` checks our code against WXT's type.
 */
export class ContentScriptContext {
  readonly #controller = new AbortController();

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  abort(reason?: unknown): void {
    this.#controller.abort(reason);
  }
}
