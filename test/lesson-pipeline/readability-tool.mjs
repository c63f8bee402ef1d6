// A copy of the lesson writers' readability tool (/work/tools/readability.mjs), unchanged below this header, kept
// so test/lesson-pipeline/readability.test.ts can prove lessons:check scores lessons as the writers' tool does.
// Rules (the lessons:check implementation follows the same ones):
// - learner text only: front matter title + summary + objectives, headings, paragraphs, list items, callouts,
//   quiz questions, options and feedback, image alt text; NOT :::instructor blocks, not front matter ids.
// - every heading, list item, quiz option and feedback line ends a sentence even without a full stop.
// - sentences end at . ! ? (and at line ends of headings/list items); words are runs of letters/digits.
// - LIX = words/sentences + 100 × (words longer than 6 letters)/words. Swedish limit: ≤ 40.
// - Flesch = 206.835 − 1.015 × words/sentences − 84.6 × syllables/words. English limit: ≥ 70.
import { readFileSync } from 'node:fs';

function learnerText(source) {
  let text = source;
  let front = '';
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (match) {
    front = match[1];
    text = text.slice(match[0].length);
  }
  const units = [];
  for (const line of front.split('\n')) {
    const field = /^(title|summary):\s*(.*)$/.exec(line);
    if (field) units.push(field[2]);
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (item) units.push(item[1]);
  }
  const lines = text.split('\n');
  let skipDepth = 0;
  let paragraph = [];
  const flush = () => {
    if (paragraph.length) units.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    const open = /^(:{3,})(\w[\w-]*)/.exec(line);
    if (open) {
      flush();
      if (skipDepth > 0 || open[2] === 'instructor') skipDepth++;
      continue;
    }
    if (/^:{3,}\s*$/.test(line)) {
      flush();
      if (skipDepth > 0) skipDepth--;
      continue;
    }
    if (skipDepth > 0) continue;
    if (line === '') {
      flush();
      continue;
    }
    if (/^::\w/.test(line)) continue; // a leaf directive such as ::practice
    const image = /^!\[([^\]]*)\]/.exec(line);
    if (image) {
      flush();
      units.push(image[1]);
      continue;
    }
    if (/^#{1,6}\s/.test(line) || /^([-*+]|\d+\.)\s/.test(line)) {
      flush();
      units.push(line.replace(/^#{1,6}\s+/, '').replace(/^([-*+]|\d+\.)\s+(\[[ xX]\]\s+)?/, ''));
      continue;
    }
    if (/^\s{2,}\S/.test(raw) && paragraph.length === 0) {
      units.push(line); // quiz feedback under an option
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return units.map((unit) =>
    unit
      .replace(/:\w[\w-]*\[([^\]]*)\](\{[^}]*\})?/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]/g, ''),
  );
}

function sentencesOf(units) {
  const sentences = [];
  for (const unit of units) {
    for (const part of unit.split(/[.!?]+(?=\s|$)/)) {
      const words = part.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
      if (words.length > 0) sentences.push(words);
    }
  }
  return sentences;
}

function syllables(word) {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

export function readability(source, language) {
  const sentences = sentencesOf(learnerText(source));
  const words = sentences.flat();
  const perSentence = words.length / Math.max(1, sentences.length);
  const longest = Math.max(0, ...sentences.map((s) => s.length));
  if (language === 'sv') {
    const long = words.filter((w) => w.replace(/[-'’]/g, '').length > 6).length;
    return { score: perSentence + (100 * long) / Math.max(1, words.length), words: words.length, sentences: sentences.length, longest };
  }
  const syl = words.reduce((sum, w) => sum + syllables(w), 0);
  return { score: 206.835 - 1.015 * perSentence - 84.6 * (syl / Math.max(1, words.length)), words: words.length, sentences: sentences.length, longest };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  for (const file of process.argv.slice(2)) {
    const language = /\.sv\.md$/.test(file) ? 'sv' : 'en';
    const r = readability(readFileSync(file, 'utf8'), language);
    const verdict = language === 'sv' ? (r.score <= 40 ? 'ok' : 'TOO HARD (LIX > 40)') : r.score >= 70 ? 'ok' : 'TOO HARD (Flesch < 70)';
    console.log(`${file}\t${language === 'sv' ? 'LIX' : 'Flesch'} ${r.score.toFixed(1)}\twords ${r.words}\tsentences ${r.sentences}\tlongest ${r.longest}\t${verdict}`);
  }
}
