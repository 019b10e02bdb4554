import { defineJobSite } from './define-job-site';
import { NO_EXAMPLES } from './types';
import { onHost, path, spoofs } from './url';

export const iimjobs = defineJobSite({
  id: 'iimjobs',
  name: 'iimjobs',
  matches: ['https://www.iimjobs.com/*'],
  matchesUrl: (u) => onHost(u, 'www.iimjobs.com') && /^\/j\/[\w-]+-\d+\.html$/.test(path(u)),
  dom: { title: '[class*="job-title"]' },
  examples: import.meta.env.PROD
    ? NO_EXAMPLES
    : {
        match: [
          'https://www.iimjobs.com/j/tarang-capital-senior-software-engineer-backend-5-9-yrs-1398765.html',
          'https://www.iimjobs.com/j/tarang-capital-senior-software-engineer-backend-5-9-yrs-1398765.html?ref=cl',
        ],
        noMatch: [
          'https://www.iimjobs.com/',
          'https://www.iimjobs.com/c/it-systems-jobs-13.html',
          'https://www.iimjobs.com/k/backend-jobs.html',
          ...spoofs('https://www.iimjobs.com/j/tarang-capital-senior-software-engineer-backend-5-9-yrs-1398765.html'),
        ],
      },
});
