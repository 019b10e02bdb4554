import { defineCallSite } from './define-call-site';
import { NO_EXAMPLES } from './types';
import { onHost, path, spoofs } from './url';

export const googleMeet = defineCallSite({
  id: 'google-meet',
  name: 'Google Meet',
  matches: ['https://meet.google.com/*'],
  // Meeting codes look like abc-defg-hij; the home page and /landing are not calls.
  meetingId: (u) => (onHost(u, 'meet.google.com') && /^\/([a-z]{3}-[a-z]{4}-[a-z]{3})$/.exec(path(u))?.[1]) || null,
  examples: import.meta.env.PROD
    ? NO_EXAMPLES
    : {
        match: [
          'https://meet.google.com/abc-defg-hij',
          'https://meet.google.com/abc-defg-hij?authuser=0',
          'https://meet.google.com/xyz-wxyz-uvw/',
        ],
        noMatch: [
          'https://meet.google.com/',
          'https://meet.google.com/landing',
          'https://meet.google.com/new',
          'https://meet.google.com/abc-defg-hijk',
          ...spoofs('https://meet.google.com/abc-defg-hij', 'google.com'),
        ],
      },
});
