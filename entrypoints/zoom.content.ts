import { siteContentScript } from '@/utils/content/site-content-script';
import { zoom } from '@/utils/sites/zoom';

export default siteContentScript(zoom);
