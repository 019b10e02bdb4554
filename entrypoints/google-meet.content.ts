import { siteContentScript } from '@/utils/content/site-content-script';
import { googleMeet } from '@/utils/sites/google-meet';

export default siteContentScript(googleMeet);
