import { siteContentScript } from '@/utils/content/site-content-script';
import { jitsi } from '@/utils/sites/jitsi';

export default siteContentScript(jitsi);
