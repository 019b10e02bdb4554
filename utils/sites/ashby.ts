import { defineJobSite } from './define-job-site';
import { NO_EXAMPLES } from './types';
import { onHost, path, spoofs } from './url';

export const ashby = defineJobSite({
  id: 'ashby',
  name: 'Ashby',
  matches: ['https://jobs.ashbyhq.com/*'],
  // The posting page only: `/application` is the form.
  matchesUrl: (u) => onHost(u, 'jobs.ashbyhq.com') && /^\/[\w.%-]+\/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/.test(path(u)),
  dom: { title: 'h1[class*="_title_"]', location: '[class*="_location_"]', description: '[class*="_descriptionText_"]' },
  examples: import.meta.env.PROD
    ? NO_EXAMPLES
    : {
        match: [
          'https://jobs.ashbyhq.com/banyan/2c7e9f41-8a3b-4d6c-9e15-7f0a2b3c4d5e',
          'https://jobs.ashbyhq.com/banyan/2c7e9f41-8a3b-4d6c-9e15-7f0a2b3c4d5e?utm_source=x',
        ],
        noMatch: [
          'https://jobs.ashbyhq.com/banyan',
          'https://jobs.ashbyhq.com/banyan/2c7e9f41-8a3b-4d6c-9e15-7f0a2b3c4d5e/application',
          'https://www.ashbyhq.com/',
          ...spoofs('https://jobs.ashbyhq.com/banyan/2c7e9f41-8a3b-4d6c-9e15-7f0a2b3c4d5e'),
        ],
      },
});
