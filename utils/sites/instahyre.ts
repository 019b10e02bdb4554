import { defineJobSite } from './define-job-site';
import { NO_EXAMPLES } from './types';
import { onHost, path, spoofs } from './url';

export const instahyre = defineJobSite({
  id: 'instahyre',
  name: 'Instahyre',
  matches: ['https://www.instahyre.com/*'],
  matchesUrl: (u) => onHost(u, 'www.instahyre.com') && /^\/job-\d+-[\w-]+$/.test(path(u)),
  dom: { title: '[class*="job-title"]', location: '[class*="job-locations"]' },
  examples: import.meta.env.PROD
    ? NO_EXAMPLES
    : {
        match: [
          'https://www.instahyre.com/job-318245-backend-engineer-at-zephyr-pay-pune/',
          'https://www.instahyre.com/job-318245-backend-engineer-at-zephyr-pay-pune',
        ],
        noMatch: [
          'https://www.instahyre.com/',
          'https://www.instahyre.com/candidate/opportunities/',
          'https://www.instahyre.com/search-jobs/',
          ...spoofs('https://www.instahyre.com/job-318245-backend-engineer-at-zephyr-pay-pune/'),
        ],
      },
});
