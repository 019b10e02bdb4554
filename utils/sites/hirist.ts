import { defineJobSite } from './define-job-site';
import { NO_EXAMPLES } from './types';
import { onHost, path, spoofs } from './url';

export const hirist = defineJobSite({
  id: 'hirist',
  name: 'hirist.tech',
  matches: ['https://www.hirist.tech/*'],
  matchesUrl: (u) => onHost(u, 'www.hirist.tech') && /^\/j\/[\w-]+-\d+\.html$/.test(path(u)),
  dom: { title: '[class*="job-title"]' },
  examples: import.meta.env.PROD
    ? NO_EXAMPLES
    : {
        match: [
          'https://www.hirist.tech/j/indigo-stack-backend-developer-golang-4-8-yrs-1432567.html',
          'https://www.hirist.tech/j/indigo-stack-backend-developer-golang-4-8-yrs-1432567.html?ref=search',
        ],
        noMatch: [
          'https://www.hirist.tech/',
          'https://www.hirist.tech/k/golang-jobs.html',
          'https://www.hirist.tech/c/backend-development-jobs.html',
          ...spoofs('https://www.hirist.tech/j/indigo-stack-backend-developer-golang-4-8-yrs-1432567.html'),
        ],
      },
});
