// A language's first strings, in the start page's download: the frame of every page and the start page.
import common from './common.json';
import settings from './settings.json';
import sitePages from './site-pages.json';

export default { common, settings, sitePages };
