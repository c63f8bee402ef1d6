import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/lesson-pipeline/curriculum.ts';
import { checkPicture, pictureImport } from '../../src/lesson-pipeline/pictures.ts';
import { sanitiseSvg } from '../../src/lesson-pipeline/svg-sanitise.ts';
import { goodCurriculum, lesson, moduleYaml, twoMoreSteps, writeLessons } from './lesson-folder.ts';

// The picture line of each lesson below is line 14: 11 lines of front matter, a blank line, "## Ett", a blank line.
const file = 'email/what-is-email.sv.md';
const withPicture = (path: string) => ({ [file]: lesson(`\n## Ett\n\n![En bild.](${path})\n${twoMoreSteps}`) });

/** The lesson folder with `changes`, then `prepare` run on it (for links and folders), checked. */
function checkFolder(changes: Record<string, string | undefined>, prepare: (dir: string) => void = () => {}) {
  const dir = writeLessons({ ...goodCurriculum(), ...changes });
  prepare(dir);
  return loadCurriculum(dir, dir).problems;
}

const pngHeader = (width: number, height: number) => {
  const header = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'latin1');
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  return header;
};

describe('a picture that is not an ordinary picture file is refused, at the line that uses it', () => {
  it('refuses a folder named like a picture that holds index.js', () => {
    const problems = checkFolder(withPicture('../images/x.webp'), (dir) => {
      mkdirSync(join(dir, 'images', 'x.webp'));
      writeFileSync(join(dir, 'images', 'x.webp', 'index.js'), 'globalThis.pwned = true;\n');
    });
    expect(problems).toEqual([{ file, line: 14, column: 1, message: 'The picture ../images/x.webp is a folder, not a picture file.', fix: expect.any(String) }]);
  });

  it('refuses a symbolic link to a file outside the lessons, without printing what that file holds', () => {
    const problems = checkFolder(withPicture('../images/passwd.svg'), (dir) => symlinkSync('/etc/passwd', join(dir, 'images', 'passwd.svg')));
    expect(problems).toEqual([
      { file, line: 14, column: 1, message: 'The picture ../images/passwd.svg is a link to another file (a symbolic link), not a picture.', fix: expect.stringContaining('links are not followed') },
    ]);
    expect(JSON.stringify(problems)).not.toContain('root:');
  });

  it('refuses a symbolic link even to a good picture inside the lessons', () => {
    const problems = checkFolder(withPicture('../images/again.svg'), (dir) => symlinkSync(join(dir, 'images', 'at-key.svg'), join(dir, 'images', 'again.svg')));
    expect(problems[0]?.message).toContain('is a link to another file');
  });

  it('refuses a picture reached through a folder that is a symbolic link', () => {
    const problems = checkFolder(withPicture('../images/elsewhere/at-key.svg'), (dir) => {
      const outside = writeLessons({ 'at-key.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' });
      symlinkSync(outside, join(dir, 'images', 'elsewhere'));
    });
    expect(problems).toEqual([expect.objectContaining({ file, line: 14, message: 'The picture ../images/elsewhere/at-key.svg is not in lessons/images/.' })]);
  });

  it('refuses a picture that is elsewhere in the lessons folder than lessons/images', () => {
    const problems = checkFolder(withPicture('picture.svg'));
    expect(problems).toEqual([expect.objectContaining({ file, line: 14, message: 'The picture picture.svg is not in lessons/images/.' })]);
  });

  it('refuses a picture whose content is not what its name says', () => {
    const problems = checkFolder({ ...withPicture('../images/photo.png'), 'images/photo.png': 'export default 1;\n' });
    expect(problems).toEqual([expect.objectContaining({ file, line: 14, message: 'The file ../images/photo.png is not really a PNG picture: its content does not begin like one.' })]);
  });

  it('refuses an SVG that is not XML, or whose root is not <svg>', () => {
    expect(checkFolder({ ...withPicture('../images/a.svg'), 'images/a.svg': '<svg xmlns="http://www.w3.org/2000/svg"><g></svg>' })[0]?.message).toBe(
      'The picture ../images/a.svg is not a readable SVG drawing: it cannot be read as XML.',
    );
    expect(checkFolder({ ...withPicture('../images/a.svg'), 'images/a.svg': '<html xmlns="http://www.w3.org/1999/xhtml"/>' })[0]?.message).toContain('its outermost element is <html>');
  });

  it('refuses an SVG with a script, an event handler, foreignObject or a reference to another site, and names them', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><script>alert(2)</script><foreignObject/><image href="https://tracker.example/p.png"/><a href="javascript:alert(3)"><rect width="1" height="1"/></a></svg>';
    const [problem] = checkFolder({ ...withPicture('../images/bad.svg'), 'images/bad.svg': svg });
    expect(problem).toMatchObject({ file, line: 14 });
    for (const part of ['onload', '<script>', '<foreignObject>', 'https://tracker.example/p.png', 'javascript:']) expect(problem?.message).toContain(part);
  });

  it('refuses a picture larger than the file size limit', () => {
    const problems = checkFolder({ ...withPicture('../images/big.svg'), 'images/big.svg': `<svg xmlns="http://www.w3.org/2000/svg"><!--${'x'.repeat(1100 * 1024)}--></svg>` });
    expect(problems[0]?.message).toMatch(/^The picture \.\.\/images\/big\.svg is 1\.1 MB; a picture may be at most 1 MB\.$/);
  });

  it('refuses a picture that says it is enormous (a decompression bomb)', () => {
    const problems = checkFolder(withPicture('../images/huge.png'), (dir) => writeFileSync(join(dir, 'images', 'huge.png'), pngHeader(100_000, 100_000)));
    expect(problems).toEqual([expect.objectContaining({ file, line: 14, message: expect.stringContaining('says it is 100000 × 100000 pixels; a picture may be at most 4096') })]);
  });

  it('accepts a real PNG, JPEG and WebP and keeps their sizes', () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0, 50, 0, 80, 3, 0, 0, 0]);
    const webp = Buffer.alloc(30);
    webp.write('RIFF', 0, 'latin1');
    webp.write('WEBPVP8X', 8, 'latin1');
    webp.writeUIntLE(99, 24, 3);
    webp.writeUIntLE(49, 27, 3);
    const dir = writeLessons({ 'a.png': '', 'b.jpg': '', 'c.webp': '' });
    writeFileSync(join(dir, 'a.png'), pngHeader(64, 32));
    writeFileSync(join(dir, 'b.jpg'), jpeg);
    writeFileSync(join(dir, 'c.webp'), webp);
    expect(checkPicture(join(dir, 'a.png'), dir, 'a.png', 'x')).toMatchObject({ ok: true, width: 64, height: 32 });
    expect(checkPicture(join(dir, 'b.jpg'), dir, 'b.jpg', 'x')).toMatchObject({ ok: true, width: 80, height: 50 });
    expect(checkPicture(join(dir, 'c.webp'), dir, 'c.webp', 'x')).toMatchObject({ ok: true, width: 100, height: 50 });
  });

  it('gives module pictures the same checks, at the picture line of module.yaml', () => {
    const problems = checkFolder({ 'email/picture.svg': undefined }, (dir) => symlinkSync('/etc/hostname', join(dir, 'email', 'picture.svg')));
    expect(problems).toEqual([expect.objectContaining({ file: 'email/module.yaml', line: 3, message: 'The picture picture.svg is a link to another file (a symbolic link), not a picture.' })]);
    const folder = checkFolder({ 'email/picture.svg': undefined, 'email/module.yaml': moduleYaml('email', 1, 'pic.webp') }, (dir) => {
      mkdirSync(join(dir, 'email', 'pic.webp'));
      writeFileSync(join(dir, 'email', 'pic.webp', 'index.js'), 'throw 1;\n');
    });
    expect(folder).toEqual([expect.objectContaining({ file: 'email/module.yaml', line: 3, message: 'The picture pic.webp is a folder, not a picture file.' })]);
  });

  it('refuses a lesson file, a module folder or a glossary that is a symbolic link', () => {
    const problems = checkFolder({ 'email/what-is-email.en.md': undefined, 'glossary/en.yaml': undefined }, (dir) => {
      symlinkSync('/etc/passwd', join(dir, 'email', 'what-is-email.en.md'));
      symlinkSync('/etc/passwd', join(dir, 'glossary', 'en.yaml'));
      symlinkSync(join(dir, 'email'), join(dir, 'mail'));
    });
    const messages = problems.map((problem) => `${problem.file}: ${problem.message}`);
    expect(messages).toContain('email/what-is-email.en.md: This file is a link to another file (a symbolic link).');
    expect(messages).toContain('glossary/en.yaml: This file is a link to another file (a symbolic link).');
    expect(messages).toContain('mail: "mail" is a link to another folder (a symbolic link).');
    expect(JSON.stringify(problems)).not.toContain('root:');
  });
});

describe('SVG sanitising', () => {
  it('keeps a plain drawing as it is', () => {
    const result = sanitiseSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>t</title><rect width="5" height="5" fill="url(#g)"/></svg>');
    expect(result.dangers).toEqual([]);
    expect(result.svg).toContain('<rect width="5" height="5" fill="url(#g)"/>');
  });

  it('removes scripts, handlers, foreignObject, outside references and styles that load other sites', () => {
    const result = sanitiseSvg(
      '<svg xmlns="http://www.w3.org/2000/svg" onload="x()"><script>x()</script><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject><image href="https://a.example/p.png"/><rect style="fill:url(https://a.example/x)"/><style>@import url(https://a.example/s.css);</style></svg>',
    );
    expect(result.svg).not.toMatch(/onload|script|foreignObject|a\.example|@import/i);
    expect(result.dangers).toHaveLength(6);
  });

  it('refuses an SVG that declares its own entities (the "billion laughs")', () => {
    expect(sanitiseSvg('<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>').notSvg).toContain('entities');
  });

  it('emits the sanitised copy, never the file in lessons/, and imports it only as a URL', () => {
    const dir = writeLessons({ 'images/a.svg': '<svg xmlns="http://www.w3.org/2000/svg" inkscape-version="1.3" viewBox="0 0 1 1"/>' });
    const copies = writeLessons({});
    const specifier = pictureImport(join(dir, 'images', 'a.svg'), dir, copies);
    expect(specifier.startsWith(copies)).toBe(true);
    expect(specifier.endsWith('/a.svg?url')).toBe(true);
    expect(readFileSync(specifier.replace(/\?url$/, ''), 'utf8')).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>\n');
    mkdirSync(join(dir, 'images', 'b.svg'));
    expect(() => pictureImport(join(dir, 'images', 'b.svg'), dir, copies)).toThrow(/is a folder/);
  });
});
