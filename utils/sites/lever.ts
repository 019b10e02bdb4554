import { defineJobSite } from './define-job-site';
import { NO_EXAMPLES } from './types';
import { onHost, path, spoofs } from './url';

export const lever = defineJobSite({
  id: 'lever',
  name: 'Lever',
  matches: ['https://jobs.lever.co/*'],
  // The posting page only: `/apply` shows the form without the description.
  matchesUrl: (u) => onHost(u, 'jobs.lever.co') && /^\/[\w.-]+\/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/.test(path(u)),
  // The company is the header logo's text or alt text ("Acme logo"), else the page title's "Acme - <job title>".
  dom: {
    title: '.posting-headline h2',
    company: '.main-header-logo,.main-header-logo img',
    location: '.posting-categories .location',
    // The intro is `[data-qa="job-description"]`; the lists under their headings are its sibling sections.
    description: '.section-wrapper:has([data-qa="job-description"]),[data-qa="job-description"]',
  },
  examples: import.meta.env.PROD
    ? NO_EXAMPLES
    : {
        match: [
          'https://jobs.lever.co/kestrelai/8f3c2a1e-5b7d-4c9e-a2f1-0d6e8b4c7a95',
          'https://jobs.lever.co/kestrelai/8f3c2a1e-5b7d-4c9e-a2f1-0d6e8b4c7a95/?lever-source=LinkedIn',
        ],
        noMatch: [
          'https://jobs.lever.co/kestrelai',
          'https://jobs.lever.co/kestrelai/8f3c2a1e-5b7d-4c9e-a2f1-0d6e8b4c7a95/apply',
          'https://www.lever.co/',
          ...spoofs('https://jobs.lever.co/kestrelai/8f3c2a1e-5b7d-4c9e-a2f1-0d6e8b4c7a95'),
        ],
      },
});
