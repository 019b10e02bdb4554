import { siteContentScript } from '@/utils/content/site-content-script';
import { lever } from '@/utils/sites/lever';

export default siteContentScript(lever);
