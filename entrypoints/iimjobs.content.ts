import { siteContentScript } from '@/utils/content/site-content-script';
import { iimjobs } from '@/utils/sites/iimjobs';

export default siteContentScript(iimjobs);
