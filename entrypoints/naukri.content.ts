import { siteContentScript } from '@/utils/content/site-content-script';
import { naukri } from '@/utils/sites/naukri';

export default siteContentScript(naukri);
