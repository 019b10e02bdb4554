import { siteContentScript } from '@/utils/content/site-content-script';
import { wellfound } from '@/utils/sites/wellfound';

export default siteContentScript(wellfound);
