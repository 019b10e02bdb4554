import { defineJobSite } from './define-job-site';
import { NO_EXAMPLES } from './types';
import { onHost, path, spoofs } from './url';

const HOSTS = ['www.glassdoor.co.in', 'www.glassdoor.com'];

export const glassdoor = defineJobSite({
  id: 'glassdoor',
  name: 'Glassdoor',
  matches: HOSTS.map((h) => `https://${h}/*`),
  // A listing page, or a search page with a listing open (`jl=`).
  matchesUrl: (u) =>
    onHost(u, ...HOSTS) && /^\/(?:job-listing|Job)\/[^/]+\.htm$/.test(path(u)) && /^\d{5,}$/.test(u.searchParams.get('jl') ?? ''),
  dom: {
    title: '[data-test="job-title"]',
    company: '[data-test="employer-name"]',
    location: '[data-test="location"]',
    salary: '[data-test="detailSalary"]',
    description: '[class*="JobDetails_jobDescription"]',
  },
  examples: import.meta.env.PROD
    ? NO_EXAMPLES
    : {
        match: [
          'https://www.glassdoor.co.in/job-listing/senior-backend-engineer-tejas-logistics-JV_IC2940587_KO0,23_KE24,38.htm?jl=1009456789012',
          'https://www.glassdoor.com/job-listing/backend-engineer-acme-JV_IC1147401_KO0,16_KE17,21.htm?jl=1009123456789&src=GD_JOB_AD',
          'https://www.glassdoor.co.in/Job/bengaluru-backend-developer-jobs-SRCH_IL.0,9_IC2940587_KO10,27.htm?jl=1009456789012',
        ],
        noMatch: [
          'https://www.glassdoor.co.in/',
          'https://www.glassdoor.co.in/index.htm',
          'https://www.glassdoor.co.in/Job/bengaluru-backend-developer-jobs-SRCH_IL.0,9_IC2940587_KO10,27.htm',
          'https://www.glassdoor.co.in/Reviews/Tejas-Logistics-Reviews-E123456.htm',
          'https://www.glassdoor.co.in/Salaries/bengaluru-backend-developer-salary-SRCH_IL.0,9_IM1091_KO10,27.htm?jl=1009456789012',
          ...spoofs(
            'https://www.glassdoor.co.in/job-listing/senior-backend-engineer-tejas-logistics-JV_IC2940587_KO0,23_KE24,38.htm?jl=1009456789012',
            'glassdoor.co.in',
          ),
        ],
      },
});
