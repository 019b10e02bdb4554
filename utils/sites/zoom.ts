import { defineCallSite } from './define-call-site';
import { NO_EXAMPLES } from './types';
import { onDomain, path, spoofs } from './url';

export const zoom = defineCallSite({
  id: 'zoom',
  name: 'Zoom',
  // `*.zoom.us` covers zoom.us itself, app.zoom.us and vanity hosts (acme.zoom.us).
  matches: ['https://*.zoom.us/*'],
  // Web client `/wc/<id>/join`, `/wc/join/<id>`, and the `/j/<id>` join link.
  meetingId: (u) =>
    (onDomain(u, 'zoom.us') && /^\/(?:wc\/(\d{9,12})\/join|wc\/join\/(\d{9,12})|j\/(\d{9,12}))$/.exec(path(u))?.slice(1).find(Boolean)) ||
    null,
  examples: import.meta.env.PROD
    ? NO_EXAMPLES
    : {
        match: [
          'https://zoom.us/wc/84512345678/join',
          'https://app.zoom.us/wc/84512345678/join?fromPWA=1',
          'https://kaveri.zoom.us/wc/join/84512345678',
          'https://zoom.us/j/84512345678?pwd=abc123',
          'https://us02web.zoom.us/j/84512345678',
        ],
        noMatch: [
          'https://zoom.us/',
          'https://zoom.us/signin',
          'https://app.zoom.us/wc/home',
          'https://zoom.us/j/abc',
          'https://zoom.us.evil.com/j/123456789',
          'https://zoom.com.evil.com/wc/84512345678/join',
          ...spoofs('https://app.zoom.us/wc/84512345678/join'),
          ...spoofs('https://zoom.us/j/84512345678'),
        ],
      },
});
