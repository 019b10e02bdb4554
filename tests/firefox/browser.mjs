/**
 * Headless Firefox ESR with the Firefox build installed as a temporary add-on,
 * driven over WebDriver BiDi by puppeteer-core (no browser download: the
 * system's firefox-esr). A profile directory of our own, so a test can close
 * the browser and start it again on the same profile; the add-on's UUID is
 * pinned by a pref, so its moz-extension:// origin (and so its IndexedDB)
 * is the same on every launch. Every request goes to the test proxy, which
 * reaches only the local fixture server.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { waitUntil } from './aria.mjs';

export const EXTENSION_DIR = resolve(process.env.PREP_PANEL_FIREFOX_BUILD ?? resolve(import.meta.dirname, '../../.output/firefox-mv3'));
export const FIREFOX = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
export const ADDON_ID = 'prep-panel@prep-panel.dev';
/** Any fixed UUID: the add-on's moz-extension:// host on every launch. */
export const ADDON_UUID = '5e0d7c2a-91b4-4f36-8a57-2c1e9d04b7f3';
export const PANEL_URL = `moz-extension://${ADDON_UUID}/sidepanel.html`;

export function newProfileDir(root = tmpdir()) {
  return mkdtempSync(join(root, 'prep-panel-firefox-profile-'));
}

/** Prefs that keep Firefox from calling home; the proxy refuses whatever is left. */
const QUIET_PREFS = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.discovery.enabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.topsites.contile.enabled': false,
  'browser.urlbar.suggest.quicksuggest.sponsored': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'extensions.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'geo.provider.network.url': '',
  'identity.fxaccounts.enabled': false,
  'media.gmp-manager.url': '',
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-widevinecdm.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.http.speculative-parallel-limit': 0,
  'network.predictor.enabled': false,
  'network.prefetch-next': false,
  'network.trr.mode': 5,
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  // Remote settings (blocklists, etc.): a data: URL, as Firefox's own test harnesses use.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
};

/**
 * Launches Firefox on `profileDir` with every request sent to the proxy on
 * `proxyPort`, installs the add-on from `extensionDir`, and returns helpers.
 */
export async function launchFirefox({ profileDir, proxyPort, extensionDir = EXTENSION_DIR }) {
  if (!FIREFOX) throw new Error('No Firefox here (apt-get install firefox-esr, or set FIREFOX_PATH).');
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`No Firefox build at ${extensionDir}: run \`npm run build:firefox\` first.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    acceptInsecureCerts: true, // the fixture server's throwaway certificate
    userDataDir: profileDir,
    defaultViewport: { width: 1280, height: 800 },
    // Firefox's test switch: any socket to a non-loopback address is refused (ours all go to
    // the loopback proxy), and Remote Settings honours the data: server below and stays quiet.
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    extraPrefsFirefox: {
      ...QUIET_PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== ADDON_ID) throw new Error(`Installed add-on has id ${id}, expected ${ADDON_ID}`);
  } catch (error) {
    await closeBrowser(browser);
    throw error;
  }

  return {
    browser,
    /** A new tab showing `url` (loaded). */
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    /**
     * A new tab showing the panel page (sidepanel.html, as Firefox's sidebar
     * shows it). BiDi will not navigate to moz-extension:// itself, so the tab
     * first opens `fromUrl` (a supported site, for which the page is web
     * accessible) and that page navigates; then we poll until the app renders.
     */
    async openPanelTab(fromUrl, query = '') {
      const page = await this.open(fromUrl);
      const target = PANEL_URL + query;
      await page.evaluate((u) => {
        location.href = u;
      }, target);
      await waitUntil(
        `the panel page at ${target} to render`,
        () => page.evaluate(() => location.href + '|' + document.readyState + '|' + Boolean(document.querySelector('#app nav, #app main'))),
        (state) => state === `${target}|complete|true`,
        { timeoutMs: 15_000 },
      );
      return page;
    },
    close: () => closeBrowser(browser),
  };
}

/** Closes Firefox normally (so the profile is flushed), killing it if that hangs. */
async function closeBrowser(browser) {
  const process = browser.process();
  let timer;
  try {
    await Promise.race([
      browser.close(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('Firefox did not close within 15 s')), 15_000))),
    ]);
  } catch (error) {
    process?.kill('SIGKILL');
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
