import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CHROME_KEY } from '@/utils/content/launcher';
import { enhancePanel } from '@/utils/content/panel-chrome';

/**
 * The in-page panel's controls (utils/content/panel-chrome.ts). Injected by the
 * background into a supported page's isolated world, beside its site script,
 * when the launcher is first reached; it only hands the launcher its entry point.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CHROME_KEY] = enhancePanel;
});
