import { siteContentScript } from '@/utils/content/site-content-script';
import { teams } from '@/utils/sites/teams';

export default siteContentScript(teams);
