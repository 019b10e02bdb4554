import { siteContentScript } from '@/utils/content/site-content-script';
import { webex } from '@/utils/sites/webex';

export default siteContentScript(webex);
