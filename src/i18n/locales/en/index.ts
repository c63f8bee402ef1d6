// One chunk per language: its namespaces arrive together in one request.
import common from './common.json';
import pages from './pages.json';
import player from './player.json';
import speech from './speech.json';

export default { common, pages, player, speech };
