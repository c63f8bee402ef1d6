// A language's later strings: one chunk, downloaded with the first page beyond the start page.
import pages from './pages.json';
import player from './player.json';

export default { pages, player };
