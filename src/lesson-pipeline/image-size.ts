import { readFileSync } from 'node:fs';

/**
 * The intrinsic size of a lesson picture, so the page can reserve its space
 * before it loads and the text does not jump (layout shift). SVG from its
 * width/height or viewBox, PNG from its header; undefined when unknown.
 */
export function imageSize(path: string): { width: number; height: number } | undefined {
  if (path.endsWith('.png')) {
    const header = readFileSync(path).subarray(0, 24);
    if (header.toString('latin1', 12, 16) !== 'IHDR') return undefined;
    return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
  }
  if (path.endsWith('.svg')) {
    const svg = readFileSync(path, 'utf8').slice(0, 2000);
    const tag = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
    const width = Number(/\bwidth="([\d.]+)"/.exec(tag)?.[1]);
    const height = Number(/\bheight="([\d.]+)"/.exec(tag)?.[1]);
    if (width > 0 && height > 0) return { width, height };
    const viewBox = /\bviewBox="[\d.-]+[\s,]+[\d.-]+[\s,]+([\d.]+)[\s,]+([\d.]+)"/.exec(tag);
    if (viewBox) return { width: Number(viewBox[1]), height: Number(viewBox[2]) };
  }
  return undefined;
}
