import { siteContentScript } from '@/utils/content/site-content-script';
import { instahyre } from '@/utils/sites/instahyre';

export default siteContentScript(instahyre);
