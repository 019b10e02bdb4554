import { defineJobSite } from './define-job-site';
import { NO_EXAMPLES } from './types';
import { onDomain, path, spoofs } from './url';

export const workday = defineJobSite({
  id: 'workday',
  name: 'Workday',
  matches: ['https://*.myworkdayjobs.com/*'],
  // `<tenant>.wd<N>.myworkdayjobs.com/[en-US/]<site>/job/[<location>/]<title>_<reqId>`.
  matchesUrl: (u) =>
    onDomain(u, 'myworkdayjobs.com') &&
    /^[a-z0-9-]+\.wd\d{1,3}\.myworkdayjobs\.com$/.test(u.hostname) &&
    /^(?:\/[a-z]{2}-[A-Z]{2})?\/[^/]+\/(?:job|details)\/(?:[^/]+\/)?[^/]+_[\w-]+$/.test(path(u)),
  dom: {
    title: '[data-automation-id="jobPostingHeader"]',
    location: '[data-automation-id="locations"] dd',
    description: '[data-automation-id="jobPostingDescription"]',
  },
  examples: import.meta.env.PROD
    ? NO_EXAMPLES
    : {
        match: [
          'https://sahyadri.wd3.myworkdayjobs.com/en-US/Careers/job/Bengaluru-Karnataka-India/Senior-Backend-Engineer_R-104233',
          'https://sahyadri.wd3.myworkdayjobs.com/Careers/job/Bengaluru-Karnataka-India/Senior-Backend-Engineer_R-104233',
          'https://kaveri.wd103.myworkdayjobs.com/External/job/Pune/Backend-Developer_JR0012345?source=LinkedIn',
          'https://kaveri.wd1.myworkdayjobs.com/External/details/Backend-Developer_JR0012345',
        ],
        noMatch: [
          'https://sahyadri.wd3.myworkdayjobs.com/en-US/Careers',
          'https://sahyadri.wd3.myworkdayjobs.com/en-US/Careers/login',
          'https://myworkdayjobs.com/Careers/job/Pune/Backend-Developer_JR0012345',
          'https://www.myworkday.com/sahyadri/d/home.htmld',
          ...spoofs('https://sahyadri.wd3.myworkdayjobs.com/en-US/Careers/job/Bengaluru-Karnataka-India/Senior-Backend-Engineer_R-104233'),
        ],
      },
});
