import { siteContentScript } from '@/utils/content/site-content-script';
import { greenhouse } from '@/utils/sites/greenhouse';

export default siteContentScript(greenhouse);
