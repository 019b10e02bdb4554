import { siteContentScript } from '@/utils/content/site-content-script';
import { hirist } from '@/utils/sites/hirist';

export default siteContentScript(hirist);
