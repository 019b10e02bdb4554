import { siteContentScript } from '@/utils/content/site-content-script';
import { glassdoor } from '@/utils/sites/glassdoor';

export default siteContentScript(glassdoor);
