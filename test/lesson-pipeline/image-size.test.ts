import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageSize } from '../../src/lesson-pipeline/image-size.ts';

const dir = mkdtempSync(join(tmpdir(), 'natvana-image-size-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('imageSize', () => {
  it('takes an SVG size from its width and height', () => {
    expect(imageSize(file('a.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200" viewBox="0 0 32 20"></svg>'))).toEqual({ width: 320, height: 200 });
  });

  it('takes an SVG size from its viewBox when it has no width and height', () => {
    expect(imageSize(file('b.svg', '<svg viewBox="0 0 160 120" xmlns="http://www.w3.org/2000/svg"></svg>'))).toEqual({ width: 160, height: 120 });
  });

  it('reads a PNG size from its header', () => {
    const header = Buffer.alloc(24);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
    header.write('IHDR', 12, 'latin1');
    header.writeUInt32BE(192, 16);
    header.writeUInt32BE(96, 20);
    expect(imageSize(file('c.png', header))).toEqual({ width: 192, height: 96 });
  });

  it('says nothing when it cannot tell', () => {
    expect(imageSize(file('d.svg', '<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeUndefined();
  });
});
