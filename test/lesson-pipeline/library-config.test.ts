import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibraryConfig } from '../../src/lesson-pipeline/library-config.ts';
import { limits } from '../../src/lesson-pipeline/limits.ts';
import { writeLessons } from './lesson-folder.ts';

const logo = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>\n';

/** library.json with this text (and a good logo.svg beside it), checked; problems name "library.json". */
function load(json: string, files: Record<string, string> = {}, prepare: (dir: string) => void = () => {}) {
  const dir = writeLessons({ 'library.json': json, 'logo.svg': logo, ...files });
  prepare(dir);
  return loadLibraryConfig(join(dir, 'library.json'), ['email'], dir);
}

const problem = (line: number, column: number, message: string) => expect.objectContaining({ file: 'library.json', line, column, message: expect.stringContaining(message) });

describe('library.json', () => {
  it('accepts a good file with a logo beside it', () => {
    const { problems, config } = load('{\n  "name": { "sv": "Bibliotek", "en": "Library" },\n  "logo": "logo.svg"\n}\n');
    expect(problems).toEqual([]);
    expect(config.logo).toMatch(/logo\.svg$/);
  });

  it('is read as JSON: a YAML-style file is refused at the first line and column', () => {
    expect(load('name:\n  sv: Bibliotek\n').problems).toEqual([problem(1, 1, 'This JSON cannot be read: This is not understood: name:')]);
  });

  it('names the line and column of a missing comma, a trailing comma, single quotes and an unclosed file', () => {
    expect(load('{\n  "defaultLanguage": "sv"\n  "accentColor": "#0b4f8a"\n}').problems).toEqual([problem(3, 3, 'A comma (,) is missing before this.')]);
    expect(load('{\n  "defaultLanguage": "sv",\n}').problems).toEqual([problem(3, 1, 'There is a comma (,) before the }.')]);
    expect(load("{ 'defaultLanguage': 'sv' }").problems).toEqual([problem(1, 3, 'not single quotes')]);
    expect(load('{ "modules": ["email"').problems).toEqual([problem(1, 22, 'The file ends too early.')]);
    expect(load('{ "defaultLanguage": "sv", "defaultLanguage": "en" }').problems).toEqual([problem(1, 28, 'The field "defaultLanguage" is written twice.')]);
  });

  it('reports a wrong field at its own line, and an unknown field at its key', () => {
    expect(load('{\n  "accentColor": "blue"\n}').problems).toEqual([problem(2, 18, 'The field "accentColor" is not right')]);
    expect(load('{\n  "defaultLanguage": "sv",\n  "colour": "#000000"\n}').problems).toEqual([problem(3, 3, 'Unknown field "colour".')]);
  });

  it('refuses JSON nested far too deep with a message', () => {
    expect(load(`{ "modules": ${'['.repeat(20_000)}${']'.repeat(20_000)} }`).problems).toEqual([
      expect.objectContaining({ file: 'library.json', line: 1, message: `This JSON cannot be read: The file is nested more than ${limits.jsonDepth} levels deep.` }),
    ]);
  });

  it('refuses a logo that is not next to library.json', () => {
    const outside = load('{ "name": { "sv": "B", "en": "L" }, "logo": "../logo.svg" }').problems;
    expect(outside).toEqual([problem(1, 45, 'Write only the file name of the logo')]);
    const sub = load('{ "name": { "sv": "B", "en": "L" }, "logo": "pictures/logo.svg" }', { 'pictures/logo.svg': logo }).problems;
    expect(sub).toEqual([problem(1, 45, 'Write only the file name of the logo')]);
  });

  it('gives the logo the same checks as a lesson picture', () => {
    const json = '{\n  "name": { "sv": "B", "en": "L" },\n  "logo": "logo.svg"\n}\n';
    expect(load(json, { 'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' }).problems).toEqual([problem(3, 1, 'holds <script>')]);
    expect(load(json, {}, (dir) => {
      writeFileSync(join(dir, 'logo.svg'), '');
      symlinkSync('/etc/passwd', join(dir, 'linked.svg'));
    }).problems).toEqual([problem(3, 1, 'is not a readable SVG')]);
    expect(load(json.replace('logo.svg', 'linked.svg'), {}, (dir) => symlinkSync('/etc/passwd', join(dir, 'linked.svg'))).problems).toEqual([problem(3, 1, 'is a link to another file')]);
    expect(load(json.replace('logo.svg', 'dir.webp'), {}, (dir) => mkdirSync(join(dir, 'dir.webp'))).problems).toEqual([problem(3, 1, 'is a folder')]);
  });

  it('limits the length of texts and refuses HTML in them', () => {
    const long = 'x'.repeat(limits.libraryName + 1);
    expect(load(`{ "name": { "sv": "${long}", "en": "L" } }`).problems).toEqual([problem(1, 19, `Keep it under ${limits.libraryName} characters.`)]);
    expect(load('{ "contact": { "sv": "<b>Ring</b>", "en": "Call" } }').problems).toEqual([problem(1, 22, 'Write plain words here')]);
  });

  it('refuses a library.json larger than the limit', () => {
    expect(load(`{ "modules": ["email"], "x": "${'x'.repeat(70 * 1024)}" }`).problems).toEqual([problem(1, 1, 'at most 64 kB is allowed')]);
  });
});

describe('the accent colour in library.json', () => {
  it('is refused with the theme, the place and the ratio when it is too light', () => {
    const { problems } = load('{\n  "accentColor": "#66aaff"\n}\n');
    expect(problems).toEqual([
      problem(2, 1, 'In the standard theme, the accent colour #66aaff has a contrast of 2.39:1 against #ffffff (links on the page, the text of secondary buttons, the text on primary buttons, the text in the header,'),
      problem(2, 1, 'In the standard theme, the accent colour #66aaff has a contrast of 2.14:1 against #f3f2f1 (links in the footer and boxes, buttons and radio buttons in boxes); it needs at least 4.5:1.'),
      problem(2, 1, 'In the dark theme, the accent colour #66aaff has a contrast of 2.39:1 against #ffffff (the text in the header, the edge of the buttons in the header); it needs at least 4.5:1.'),
    ]);
    expect(problems.every((found) => found.fix.includes('Choose a darker colour'))).toBe(true);
  });

  it('is accepted when dark enough for every theme', () => {
    expect(load('{\n  "accentColor": "#5a2a82"\n}\n').problems).toEqual([]);
  });
});
