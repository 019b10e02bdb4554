import { defineCallSite } from './define-call-site';
import { NO_EXAMPLES } from './types';
import { decode, onHost, path, spoofs } from './url';

/** Thread id of a `/l/meetup-join/<thread>/…` path, e.g. `19:meeting_…@thread.v2`. */
const meetupJoin = (s: string) => /^\/l\/meetup-join\/([^/?#]+)/.exec(s)?.[1];

export const teams = defineCallSite({
  id: 'teams',
  name: 'Microsoft Teams',
  matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*'],
  meetingId(u) {
    if (!onHost(u, 'teams.microsoft.com', 'teams.live.com')) return null;
    const p = path(u);
    const id =
      /^\/meet\/(\d{6,})$/.exec(p)?.[1] ??
      meetupJoin(p) ??
      // New client / launcher: the meeting path sits in the hash or the `url` parameter.
      meetupJoin(u.hash.replace(/^#/, '')) ??
      meetupJoin((u.searchParams.get('url') ?? '').replace(/^\/_#/, ''));
    return id ? decode(id) : null;
  },
  examples: import.meta.env.PROD
    ? NO_EXAMPLES
    : {
        match: [
          'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA0ZmY4ZjQtYzE2Mi00YjQ1LWE0ZDQtOWI5NjZlNGE3ZDc5%40thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d',
          'https://teams.microsoft.com/meet/41234567890123?p=AbCdEfGh',
          'https://teams.live.com/meet/9312345678901?p=XyZ12345',
          'https://teams.microsoft.com/v2/?meetingjoin=true#/l/meetup-join/19:meeting_NjA0ZmY4ZjQt@thread.v2/0?context=%7b%7d',
          'https://teams.microsoft.com/dl/launcher/launcher.html?url=%2F_%23%2Fl%2Fmeetup-join%2F19%3Ameeting_NjA0ZmY4ZjQt%40thread.v2%2F0&type=meetup-join',
        ],
        noMatch: [
          'https://teams.microsoft.com/',
          'https://teams.microsoft.com/v2/',
          'https://teams.microsoft.com/_#/conversations/General?ctx=channel',
          'https://teams.live.com/',
          'https://teams.live.com/meet/',
          ...spoofs('https://teams.microsoft.com/meet/41234567890123?p=AbCdEfGh', 'microsoft.com'),
          ...spoofs('https://teams.live.com/meet/9312345678901?p=XyZ12345', 'live.com'),
        ],
      },
});
