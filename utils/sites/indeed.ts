import { defineJobSite } from './define-job-site';
import { NO_EXAMPLES } from './types';
import { onDomain, path, spoofs } from './url';

const HEX = /^[0-9a-f]{16}$/;

export const indeed = defineJobSite({
  id: 'indeed',
  name: 'Indeed',
  matches: ['https://*.indeed.com/*'],
  matchesUrl: (u) => {
    // www., bare and country hosts (in., uk., …); not employers./secure./profile.
    if (!onDomain(u, 'indeed.com') || !/^(?:(?:www|[a-z]{2})\.)?indeed\.com$/.test(u.hostname)) return false;
    const p = path(u);
    if (/^(?:\/m)?\/viewjob$/.test(p)) return HEX.test(u.searchParams.get('jk') ?? '');
    // Search views with a job open in the right pane.
    return /^\/(?:jobs|q-[^/]+-jobs\.html)$/.test(p) && HEX.test(u.searchParams.get('vjk') ?? '');
  },
  dom: {
    title: '[data-testid="jobsearch-JobInfoHeader-title"]',
    company: '[data-testid="inlineHeader-companyName"]',
    location: '[data-testid="inlineHeader-companyLocation"]',
    salary: '#salaryInfoAndJobType span',
    description: '#jobDescriptionText',
  },
  examples: import.meta.env.PROD
    ? NO_EXAMPLES
    : {
        match: [
          'https://in.indeed.com/viewjob?jk=3f2a9c1d7b6e5a40',
          'https://www.indeed.com/viewjob?jk=3f2a9c1d7b6e5a40&from=serp',
          'https://uk.indeed.com/viewjob?jk=0123456789abcdef',
          'https://in.indeed.com/m/viewjob?jk=3f2a9c1d7b6e5a40',
          'https://in.indeed.com/jobs?q=backend+developer&l=Pune&vjk=9a8b7c6d5e4f3a21',
          'https://in.indeed.com/q-golang-l-bengaluru,-karnataka-jobs.html?vjk=9a8b7c6d5e4f3a21',
        ],
        noMatch: [
          'https://in.indeed.com/',
          'https://in.indeed.com/jobs?q=backend+developer&l=Pune',
          'https://in.indeed.com/viewjob',
          'https://in.indeed.com/viewjob?jk=not-hex',
          'https://in.indeed.com/cmp/Kaveri-Fintech/reviews',
          'https://employers.indeed.com/viewjob?jk=3f2a9c1d7b6e5a40',
          ...spoofs('https://in.indeed.com/viewjob?jk=3f2a9c1d7b6e5a40'),
        ],
      },
});
