import { siteContentScript } from '@/utils/content/site-content-script';
import { ashby } from '@/utils/sites/ashby';

export default siteContentScript(ashby);
