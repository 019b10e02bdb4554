import { siteContentScript } from '@/utils/content/site-content-script';
import { cutshort } from '@/utils/sites/cutshort';

export default siteContentScript(cutshort);
