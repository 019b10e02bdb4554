import { siteContentScript } from '@/utils/content/site-content-script';
import { indeed } from '@/utils/sites/indeed';

export default siteContentScript(indeed);
