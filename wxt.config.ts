import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import tailwindcss from '@tailwindcss/vite';
import { resolve } from 'node:path';
import { siteMatches } from './utils/sites';

/** Every host we run on, straight from the site modules: nothing broader. */
const hostPatterns = siteMatches();

// See https://wxt.dev/api/config.html
export default defineConfig({
  // PREP_PANEL_OUT_DIR: build somewhere else than .output (parallel builds, the bench).
  outDir: process.env.PREP_PANEL_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  vite: () => ({ plugins: [preact(), tailwindcss()] }),
  hooks: {
    // Content scripts use the browser's native, promise-based `browser`/`chrome`
    // instead of webextension-polyfill: the polyfill alone is ~3 KB gzipped,
    // and a supported page may load at most 6,000 B gzipped from us before the launcher
    // is clicked. Extension pages and the background keep the polyfill.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      const existing = config.resolve?.alias ?? [];
      const aliases = Array.isArray(existing)
        ? existing
        : Object.entries(existing).map(([find, replacement]) => ({ find, replacement: replacement as string }));
      config.resolve = {
        ...config.resolve,
        alias: [
          { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' },
          // One AbortController instead of WXT's context (see the file for why).
          { find: /^wxt\/utils\/content-script-context$/, replacement: resolve('utils/content/content-script-context.ts') },
          ...aliases,
        ],
      };
    },
  },
  manifest: ({ browser }) => ({
    name: 'Prep Panel',
    description: 'Interview prep beside the job posting or call you are on. Works offline and sends nothing anywhere.',
    // storage: per-tab context and small settings; scripting: inject each site's content
    // script after its page has loaded; sidePanel: Chrome's panel; alarms: the reminders
    // before a scheduled interview (they wake the worker and outlive it). Host permissions
    // are the supported sites only (from the site modules, added by WXT).
    permissions: ['storage', 'scripting', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Reminders show as notifications: asked for when the first interview is scheduled
    // (utils/interviews/permission.ts), never at install.
    optional_permissions: ['notifications'],
    action: { default_title: 'Open Prep Panel' },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Show or hide the interview prep panel on this page',
      },
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+O' },
        description: 'Open Prep Panel beside any page',
      },
    },
    // The in-page panel is this extension page in an iframe: only our sites may frame it.
    web_accessible_resources: [{ resources: ['sidepanel.html'], matches: hostPatterns }],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'prep-panel@prep-panel.dev',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
