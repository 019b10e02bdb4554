import { siteContentScript } from '@/utils/content/site-content-script';
import { foundit } from '@/utils/sites/foundit';

export default siteContentScript(foundit);
