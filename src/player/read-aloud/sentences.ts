/**
 * Where each sentence of a text starts and ends, as [start, end) offsets with
 * the spaces around it left out. Intl.Segmenter knows that "t.ex. en" goes on;
 * an older browser without it splits after . ! ? and …
 */
export function sentenceSpans(text: string, language: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const add = (start: number, piece: string) => {
    const from = start + (piece.length - piece.trimStart().length);
    const to = start + piece.trimEnd().length;
    if (/[\p{L}\p{N}]/u.test(piece)) spans.push([from, to]);
  };
  if (typeof Intl.Segmenter === 'function') {
    for (const { index, segment } of new Intl.Segmenter(language, { granularity: 'sentence' }).segment(text)) add(index, segment);
  } else {
    for (const match of text.matchAll(/[^.!?…]*(?:[.!?…]+["'”’)]*|$)/g)) add(match.index, match[0]);
  }
  return spans;
}
