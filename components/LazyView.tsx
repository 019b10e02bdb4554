import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '@/utils/error-message';

/**
 * A view whose code loads on first use, so the panel's first paint carries
 * only the page view. Each loader is a dynamic import, cached by the bundler.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function LazyView(props: P) {
    const [View, setView] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState<string | null>(null);
    useEffect(() => {
      if (View) return;
      pending ??= load().then((v) => (loaded = v));
      let live = true;
      pending.then(
        (v) => live && setView(() => v),
        (e: unknown) => live && setFailed(errorMessage(e)),
      );
      return () => void (live = false);
    }, []);
    if (failed) return <p role="alert">This view could not be loaded: {failed}</p>;
    return View ? <View {...props} /> : <p class="text-sm text-slate-500 dark:text-slate-400">Loading…</p>;
  };
}
