import { defineJobSite } from './define-job-site';
import { NO_EXAMPLES } from './types';
import { path, spoofs } from './url';

/**
 * LinkedIn serves job pages on www. and on two-letter country hosts (in., au.,
 * uk., ca., ...): exactly those, so `linkedin.com.evil.com`, `notlinkedin.com`
 * and LinkedIn's other subdomains never count.
 */
const onLinkedIn = (u: URL) => u.protocol === 'https:' && /^(?:www|[a-z]{2})\.linkedin\.com$/.test(u.hostname);
// `/jobs/view/3987654321/` (logged in) or `/jobs/view/backend-developer-at-acme-3912345678` (guest).
const VIEW = /^\/jobs\/view\/(?:[^/]+-)?\d{6,}$/;
// Views whose open job is the `currentJobId` query parameter (search, collections, jobs home).
const LIST = /^\/jobs(?:\/(?:search|search-results|collections(?:\/[\w-]+)?))?$/;

/**
 * LinkedIn is a single-page app: the feed can turn into a job view without a
 * reload, so the manifest matches the whole host and this predicate decides.
 */
export const linkedin = defineJobSite({
  id: 'linkedin',
  name: 'LinkedIn',
  // Every country host: the manifest's patterns cannot say "two letters", the predicate does.
  matches: ['https://*.linkedin.com/*'],
  matchesUrl: (u) =>
    onLinkedIn(u) && (VIEW.test(path(u)) || (LIST.test(path(u)) && /^\d{6,}$/.test(u.searchParams.get('currentJobId') ?? ''))),
  // Logged-in job view (`job-details-jobs-unified-top-card__*`, `#job-details`) and the guest page (`topcard__*`).
  dom: {
    title: '[class*="unified-top-card__job-title"],.top-card-layout__title',
    company: '[class*="unified-top-card__company-name"],.topcard__org-name-link',
    location: '[class*="unified-top-card__primary-description"],[class*="unified-top-card__tertiary-description"],.topcard__flavor--bullet',
    // The top card ("3-5 years of experience · Mid-Senior level"); read-posting takes the part that states years.
    experience: '[class*="unified-top-card"],[class*="job-insight"],.top-card-layout,.description__job-criteria-list',
    description: '#job-details,.jobs-description__content,.show-more-less-html__markup',
  },
  examples: import.meta.env.PROD
    ? NO_EXAMPLES
    : {
        match: [
          'https://www.linkedin.com/jobs/view/3987654321/',
          'https://www.linkedin.com/jobs/view/3987654321/?refId=abc&trackingId=xyz',
          'https://www.linkedin.com/jobs/search/?currentJobId=4011111111&keywords=backend',
          'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4055555555',
          'https://www.linkedin.com/jobs/?currentJobId=4055555555',
          'https://in.linkedin.com/jobs/view/backend-developer-at-kaveri-fintech-3912345678',
          'https://www.linkedin.com/jobs/view/senior-backend-engineer-at-acme-3912345679/',
          'https://au.linkedin.com/jobs/view/senior-backend-engineer-at-wattle-freight-4123456789',
          'https://uk.linkedin.com/jobs/view/backend-engineer-at-thames-ledger-4123456790?trk=public_jobs_topcard-title',
          'https://ca.linkedin.com/jobs/view/4123456791/',
          'https://sg.linkedin.com/jobs/search/?currentJobId=4123456792&keywords=backend',
        ],
        noMatch: [
          'https://www.linkedin.com/feed/',
          'https://www.linkedin.com/',
          'https://www.linkedin.com/jobs/',
          'https://www.linkedin.com/jobs/?currentJobId=abc',
          'https://www.linkedin.com/jobs/view/',
          'https://www.linkedin.com/jobs/search/?keywords=backend',
          'https://www.linkedin.com/jobs/collections/recommended/',
          'https://www.linkedin.com/in/ananya-rao-123/',
          'https://www.linkedin.com/company/kaveri-fintech/jobs/',
          'https://notlinkedin.com/jobs/view/1',
          'https://www.linkedin.com.evil.com/jobs/view/3987654321/',
          'https://au.linkedin.com.evil.com/jobs/view/4123456789/',
          'https://linkedin.com.au/jobs/view/4123456789/',
          'https://au.linkedin.co/jobs/view/4123456789/',
          'https://business.linkedin.com/jobs/view/4123456789/',
          'https://x.au.linkedin.com/jobs/view/4123456789/',
          'https://au-linkedin.com/jobs/view/4123456789/',
          'https://evil.com/au.linkedin.com/jobs/view/4123456789/',
          ...spoofs('https://www.linkedin.com/jobs/view/3987654321/'),
          ...spoofs('https://in.linkedin.com/jobs/view/backend-developer-at-kaveri-fintech-3912345678'),
          ...spoofs('https://au.linkedin.com/jobs/view/senior-backend-engineer-at-wattle-freight-4123456789', 'linkedin.com'),
        ],
      },
});
