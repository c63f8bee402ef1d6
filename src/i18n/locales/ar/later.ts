// A language's later strings: one chunk, downloaded with the first page beyond the start page.
import pages from './pages.json';
import player from './player.json';
import speech from './speech.json';
import offline from './offline.json';
import transfer from './transfer.json';

export default { pages, player, speech, transfer, offline };
