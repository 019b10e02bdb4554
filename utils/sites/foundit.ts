import { defineJobSite } from './define-job-site';
import { NO_EXAMPLES } from './types';
import { onHost, path, spoofs } from './url';

export const foundit = defineJobSite({
  id: 'foundit',
  name: 'foundit',
  matches: ['https://www.foundit.in/*'],
  matchesUrl: (u) => onHost(u, 'www.foundit.in') && /^\/job\/[\w-]+-\d{5,}$/.test(path(u)),
  dom: { title: '.jdTitle', company: '.jdCompanyName', location: '.jdLocation', experience: '.jdExperience' },
  examples: import.meta.env.PROD
    ? NO_EXAMPLES
    : {
        match: [
          'https://www.foundit.in/job/backend-developer-java-spring-boot-neelgiri-systems-hyderabad-32145678',
          'https://www.foundit.in/job/backend-developer-java-spring-boot-neelgiri-systems-hyderabad-32145678?searchId=abc',
        ],
        noMatch: [
          'https://www.foundit.in/',
          'https://www.foundit.in/srp/results?query=backend',
          'https://www.foundit.in/search/backend-developer-jobs-in-hyderabad',
          ...spoofs('https://www.foundit.in/job/backend-developer-java-spring-boot-neelgiri-systems-hyderabad-32145678'),
        ],
      },
});
