import { defineJobSite } from './define-job-site';
import { NO_EXAMPLES } from './types';
import { onHost, path, spoofs } from './url';

const HOSTS = ['wellfound.com', 'www.wellfound.com'];

export const wellfound = defineJobSite({
  id: 'wellfound',
  name: 'Wellfound',
  matches: HOSTS.map((h) => `https://${h}/*`),
  matchesUrl: (u) => onHost(u, ...HOSTS) && /^\/jobs\/\d+-[\w-]+$/.test(path(u)),
  // Hashed CSS-module class names (`styles_title__xY12a`): match the stable prefix.
  dom: {
    title: '[class*="styles_title"]',
    location: '[class*="styles_locations"]',
    salary: '[class*="styles_compensation"]',
    description: '[class*="styles_description"]',
  },
  examples: import.meta.env.PROD
    ? NO_EXAMPLES
    : {
        match: [
          'https://wellfound.com/jobs/2984512-senior-backend-engineer-payments',
          'https://wellfound.com/jobs/2984512-senior-backend-engineer-payments?utm_source=x',
        ],
        noMatch: [
          'https://wellfound.com/',
          'https://wellfound.com/jobs',
          'https://wellfound.com/company/dhruva-pay/jobs',
          'https://wellfound.com/role/l/backend-engineer/bangalore',
          ...spoofs('https://wellfound.com/jobs/2984512-senior-backend-engineer-payments', 'wellfound.com'),
        ],
      },
});
