import { defineCallSite } from './define-call-site';
import { NO_EXAMPLES } from './types';
import { onDomain, path, spoofs } from './url';

export const webex = defineCallSite({
  id: 'webex',
  name: 'Webex',
  matches: ['https://*.webex.com/*'],
  meetingId(u) {
    // A customer site (acme.webex.com), not the marketing host.
    if (!onDomain(u, 'webex.com') || u.hostname === 'webex.com' || u.hostname === 'www.webex.com') return null;
    const p = path(u);
    const site = u.hostname.split('.')[0];
    const room = /^\/meet\/([\w.-]+)$/.exec(p)?.[1];
    if (room) return `${site}/${room.toLowerCase()}`;
    if (/^\/[\w-]+\/j\.php$/.test(p)) return /^[\w-]{6,}$/.exec(u.searchParams.get('MTID') ?? '')?.[0] ?? null;
    return /^\/(?:wbxmjs\/joinservice|webappng)\/sites\/[\w-]+\/meeting\/download\/([\w-]{6,})$/.exec(p)?.[1] ?? null;
  },
  examples: import.meta.env.PROD
    ? NO_EXAMPLES
    : {
        match: [
          'https://kaveri.webex.com/meet/ananya.rao',
          'https://kaveri.webex.com/kaveri/j.php?MTID=m3f0a9c2e7b1d4e6f8a0b2c4d6e8f0a1b',
          'https://kaveri.webex.com/wbxmjs/joinservice/sites/kaveri/meeting/download/3f0a9c2e7b1d4e6f8a0b2c4d6e8f0a1b',
          'https://kaveri.webex.com/webappng/sites/kaveri/meeting/download/3f0a9c2e7b1d4e6f8a0b2c4d6e8f0a1b?siteurl=kaveri',
        ],
        noMatch: [
          'https://www.webex.com/',
          'https://www.webex.com/meet/ananya.rao',
          'https://kaveri.webex.com/',
          'https://kaveri.webex.com/kaveri/j.php',
          'https://kaveri.webex.com/webappng/sites/kaveri/dashboard',
          ...spoofs('https://kaveri.webex.com/meet/ananya.rao'),
        ],
      },
});
