import { defineJobSite } from './define-job-site';
import { NO_EXAMPLES } from './types';
import { onHost, path, spoofs } from './url';

const HOSTS = ['boards.greenhouse.io', 'job-boards.greenhouse.io'];

export const greenhouse = defineJobSite({
  id: 'greenhouse',
  name: 'Greenhouse',
  matches: HOSTS.map((h) => `https://${h}/*`),
  matchesUrl: (u) => onHost(u, ...HOSTS) && /^\/[\w-]+\/jobs\/\d+$/.test(path(u)),
  // Classic boards (`.app-title`, `#content`) and the newer job-boards (`.job__title`).
  dom: { title: '.job__title h1,h1.app-title', location: '.job__location,.location', description: '.job__description,#content' },
  examples: import.meta.env.PROD
    ? NO_EXAMPLES
    : {
        match: [
          'https://boards.greenhouse.io/pipalcloud/jobs/5123456004',
          'https://boards.greenhouse.io/pipalcloud/jobs/5123456004?gh_src=abc',
          'https://job-boards.greenhouse.io/mandala/jobs/4456789008',
        ],
        noMatch: [
          'https://boards.greenhouse.io/pipalcloud',
          'https://job-boards.greenhouse.io/mandala',
          'https://www.greenhouse.io/',
          'https://boards.greenhouse.io/pipalcloud/jobs/5123456004/apply',
          ...spoofs('https://boards.greenhouse.io/pipalcloud/jobs/5123456004'),
          ...spoofs('https://job-boards.greenhouse.io/mandala/jobs/4456789008'),
        ],
      },
});
