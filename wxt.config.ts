import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import tailwindcss from '@tailwindcss/vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), tailwindcss()] }),
  manifest: ({ browser }) => ({
    name: 'Prep Panel',
    description: 'Interview prep beside the job posting or call you are on. Works offline; sends nothing anywhere.',
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
  }),
});
