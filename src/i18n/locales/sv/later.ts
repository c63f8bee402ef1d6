// A language's later strings: one chunk, downloaded with the first page beyond the start page.
import player from './player.json';
import speech from './speech.json';

export default { player, speech };
