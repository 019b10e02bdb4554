import { siteContentScript } from '@/utils/content/site-content-script';
import { linkedin } from '@/utils/sites/linkedin';

export default siteContentScript(linkedin);
