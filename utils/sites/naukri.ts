import { defineJobSite } from './define-job-site';
import { NO_EXAMPLES } from './types';
import { onHost, path, spoofs } from './url';

export const naukri = defineJobSite({
  id: 'naukri',
  name: 'Naukri',
  matches: ['https://www.naukri.com/*'],
  // Postings are `/job-listings-<slug>-<jobId>`; search pages (`/python-jobs`) are not.
  matchesUrl: (u) => onHost(u, 'www.naukri.com') && /^\/job-listings-[\w-]+-\d{6,}$/.test(path(u)),
  // Class names carry build hashes (`styles_jd-header-title__puVu4`): match the stable part.
  dom: {
    title: '[class*="jd-header-title"]',
    company: '[class*="jd-header-comp-name"] a',
    location: '[class*="jhc__location"]',
    experience: '[class*="jhc__exp__"]',
    salary: '[class*="jhc__salary"]',
    description: '[class*="dang-inner-html"]',
  },
  examples: import.meta.env.PROD
    ? NO_EXAMPLES
    : {
        match: [
          'https://www.naukri.com/job-listings-backend-developer-java-spring-boot-vistara-softech-bengaluru-3-to-5-years-150425500123',
          'https://www.naukri.com/job-listings-sde-2-platform-meghdoot-cloud-pune-4-to-8-years-160425900456?src=jobsearchDesk&sid=1',
        ],
        noMatch: [
          'https://www.naukri.com/',
          'https://www.naukri.com/python-jobs',
          'https://www.naukri.com/backend-developer-jobs-in-bengaluru',
          'https://www.naukri.com/mnjuser/homepage',
          'https://www.naukri.com/job-listings-',
          ...spoofs(
            'https://www.naukri.com/job-listings-backend-developer-java-spring-boot-vistara-softech-bengaluru-3-to-5-years-150425500123',
          ),
        ],
      },
});
