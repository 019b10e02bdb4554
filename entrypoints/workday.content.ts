import { siteContentScript } from '@/utils/content/site-content-script';
import { workday } from '@/utils/sites/workday';

export default siteContentScript(workday);
