import { defineJobSite } from './define-job-site';
import { NO_EXAMPLES } from './types';
import { onHost, path, spoofs } from './url';

export const cutshort = defineJobSite({
  id: 'cutshort',
  name: 'Cutshort',
  matches: ['https://cutshort.io/*'],
  matchesUrl: (u) => onHost(u, 'cutshort.io') && /^\/job\/[\w-]+$/.test(path(u)),
  // Hashed class names (`JobHeader_title__x7Kp2`): match the stable part.
  dom: { title: '[class*="_title"]' },
  examples: import.meta.env.PROD
    ? NO_EXAMPLES
    : {
        match: [
          'https://cutshort.io/job/Backend-Engineer-Node-js-Gurugram-Saffron-Health-9vK2mQxT',
          'https://cutshort.io/job/Senior-Backend-Developer-Bengaluru-Bangalore-Acme-Kq1vZ2bS/',
        ],
        noMatch: [
          'https://cutshort.io/',
          'https://cutshort.io/jobs',
          'https://cutshort.io/jobs/backend-jobs-in-bangalore',
          'https://cutshort.io/company/saffron-health',
          ...spoofs('https://cutshort.io/job/Backend-Engineer-Node-js-Gurugram-Saffron-Health-9vK2mQxT'),
        ],
      },
});
