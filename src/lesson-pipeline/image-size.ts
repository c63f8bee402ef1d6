import { readFileSync } from 'node:fs';

export type PictureKind = 'svg' | 'png' | 'webp' | 'jpeg';

/**
 * The intrinsic size of a lesson picture, so the page can reserve its space
 * before it loads and the text does not jump (layout shift). SVG from its
 * width/height or viewBox, PNG, JPEG and WebP from their headers; undefined
 * when unknown.
 */
export function imageSize(path: string): { width: number; height: number } | undefined {
  const kind = kindOfName(path);
  return kind ? imageSizeOf(readFileSync(path), kind) : undefined;
}

export function kindOfName(name: string): PictureKind | undefined {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'svg' || extension === 'png' || extension === 'webp') return extension;
  if (extension === 'jpg' || extension === 'jpeg') return 'jpeg';
  return undefined;
}

/** Whether the bytes begin the way a file of this kind must (its "magic bytes"). SVG is checked by reading it as XML. */
export function contentMatches(bytes: Buffer, kind: Exclude<PictureKind, 'svg'>): boolean {
  if (kind === 'png') return bytes.length >= 24 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  if (kind === 'jpeg') return bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  return bytes.length >= 30 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP';
}

export function imageSizeOf(bytes: Buffer, kind: PictureKind): { width: number; height: number } | undefined {
  switch (kind) {
    case 'png':
      if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
      return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
    case 'jpeg':
      return jpegSize(bytes);
    case 'webp':
      return webpSize(bytes);
    case 'svg':
      return svgSize(bytes.toString('utf8', 0, 4000));
  }
}

function svgSize(svg: string): { width: number; height: number } | undefined {
  const tag = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\bwidth="([\d.]+)"/.exec(tag)?.[1]);
  const height = Number(/\bheight="([\d.]+)"/.exec(tag)?.[1]);
  if (width > 0 && height > 0) return { width, height };
  const viewBox = /\bviewBox="[\d.-]+[\s,]+[\d.-]+[\s,]+([\d.]+)[\s,]+([\d.]+)"/.exec(tag);
  if (viewBox) return { width: Number(viewBox[1]), height: Number(viewBox[2]) };
  return undefined;
}

/** The size in the first "start of frame" segment; every read is bounds-checked, since the file is untrusted. */
function jpegSize(bytes: Buffer): { width: number; height: number } | undefined {
  let offset = 2;
  while (offset + 9 <= bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
    offset += 2 + bytes.readUInt16BE(offset + 2);
  }
  return undefined;
}

function webpSize(bytes: Buffer): { width: number; height: number } | undefined {
  const chunk = bytes.toString('latin1', 12, 16);
  if (chunk === 'VP8 ' && bytes.length >= 30) return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
  if (chunk === 'VP8L' && bytes.length >= 25) {
    const bits = bytes.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X' && bytes.length >= 30) return { width: 1 + bytes.readUIntLE(24, 3), height: 1 + bytes.readUIntLE(27, 3) };
  return undefined;
}
