// One chunk per language: its namespaces arrive together in one request.
import common from './common.json';
import pages from './pages.json';
import player from './player.json';
import sitePages from './site-pages.json';

export default { common, pages, player, sitePages };
