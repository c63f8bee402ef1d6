import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseAddress } from 'tldts';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadCurriculum } from '../../../src/lesson-pipeline/curriculum.ts';
import { type AddressScenario, addressParts } from '../../../src/practice/safe-browsing/scenario.ts';
import { check, goodCurriculum, writeLessons } from '../../lesson-pipeline/lesson-folder.ts';

const file = 'practice/safe-browsing/whose.yaml';
const addressYaml = (owner = 'kontroll-konto.net', explain = '    explain:\n      sv: Namnet slutar med .net.\n      en: The name ends in .net.\n') =>
  [
    'id: whose',
    'drill: address',
    'task:',
    '  sv: Vem äger adressen?',
    '  en: Who owns the address?',
    'addresses:',
    '  - id: in-front',
    '    address: "https://provbanken.se.kontroll-konto.net/logga-in"',
    `    owner: ${owner}`,
    '    choices: [provbanken.se, kontroll-konto.net, logga-in]',
    '    trick: subdomain',
    explain,
  ].join('\n');

describe('a whose-address scenario', () => {
  it('compiles to the address taken apart by the Public Suffix List, with where each wrong owner stands', () => {
    const dir = writeLessons({ ...goodCurriculum(), [file]: addressYaml() });
    const curriculum = loadCurriculum(dir, dir);
    expect(curriculum.problems).toEqual([]);
    const scenario = curriculum.practiceScenarios.get('sv/safe-browsing/whose') as AddressScenario;
    expect(scenario.addresses[0]).toEqual({
      id: 'in-front',
      address: 'https://provbanken.se.kontroll-konto.net/logga-in',
      owner: 'kontroll-konto.net',
      parts: [
        { text: 'https://', role: 'scheme' },
        { text: 'provbanken.se.', role: 'subdomain' },
        { text: 'kontroll-konto', role: 'name' },
        { text: '.net', role: 'ending' },
        { text: '/logga-in', role: 'path' },
      ],
      choices: [
        { owner: 'provbanken.se', where: 'subdomain' },
        { owner: 'kontroll-konto.net', where: 'owner' },
        { owner: 'logga-in', where: 'path' },
      ],
      trick: 'subdomain',
      explain: 'Namnet slutar med .net.',
    });
  });

  it('is refused when its owner disagrees with the Public Suffix List, at the owner’s line, with the right owner', () => {
    expect(check({ [file]: addressYaml('provbanken.se') })).toEqual([
      expect.objectContaining({ file, line: 9, message: 'The Public Suffix List says "https://provbanken.se.kontroll-konto.net/logga-in" belongs to kontroll-konto.net, not provbanken.se.', fix: expect.stringContaining('owner: kontroll-konto.net') }),
    ]);
  });

  it('is refused without an explanation, at the address’s line', () => {
    expect(check({ [file]: addressYaml(undefined, '') })).toEqual([expect.objectContaining({ file, line: 7, message: expect.stringContaining('"addresses.0.explain" is missing') })]);
  });

  it('is refused when the owner is not among the choices', () => {
    const source = addressYaml().replace('[provbanken.se, kontroll-konto.net, logga-in]', '[provbanken.se, logga-in]');
    expect(check({ [file]: source })).toEqual([expect.objectContaining({ file, line: 10, message: 'The owner kontroll-konto.net is not among the choices.' })]);
  });

  it('is refused when the list finds no owner, as with capitals in the address', () => {
    const source = addressYaml().replace('https://provbanken', 'https://Provbanken');
    expect(check({ [file]: source })).toEqual([expect.objectContaining({ file, line: 8, message: expect.stringContaining('finds no owner') })]);
  });
});

describe('an address taken apart', () => {
  it.each([
    ['https://ovningsbanken.se@konto-hjalp.net/', 'konto-hjalp.net', ['https://', 'ovningsbanken.se@', 'konto-hjalp', '.net', '/']],
    ['https://www.ovningsbyran.co.uk/kontakt', 'ovningsbyran.co.uk', ['https://', 'www.', 'ovningsbyran', '.co.uk', '/kontakt']],
    ['https://www.xn--ovningsbnken-49j.se/', 'xn--ovningsbnken-49j.se', ['https://', 'www.', 'xn--ovningsbnken-49j', '.se', '/']],
    ['http://polisens.se:8080/anmalan?id=1', 'polisens.se', ['http://', 'polisens', '.se', ':8080', '/anmalan?id=1']],
    ['https://blockett.se', 'blockett.se', ['https://', 'blockett', '.se']],
  ])('%s belongs to %s', (address, owner, parts) => {
    const taken = addressParts(address);
    expect(taken?.owner).toBe(owner);
    expect(taken?.parts.map((part) => part.text)).toEqual(parts);
    expect(taken?.parts.map((part) => part.text).join('')).toBe(address);
  });
});

describe('the course’s whose-address scenarios', () => {
  const folder = join(import.meta.dirname, '../../../lessons/practice/safe-browsing');
  const addresses = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => parseYaml(readFileSync(join(folder, name), 'utf8')) as { drill: string; addresses?: { address: string; owner: string; trick: string }[] })
    .flatMap((scenario) => (scenario.drill === 'address' ? (scenario.addresses ?? []) : []));

  it('hold at least six addresses, Swedish look-alikes among them, and every trick the lessons teach', () => {
    expect(addresses.length).toBeGreaterThanOrEqual(6);
    expect(addresses.map((item) => item.address)).toEqual(expect.arrayContaining(['https://polisens.se/anmalan']));
    expect(new Set(addresses.map((item) => item.trick))).toEqual(new Set(['plain', 'subdomain', 'hyphen', 'extra-letter', 'digit', 'user-name', 'two-part-ending', 'punycode', 'name-inside']));
  });

  it('each agree with the Public Suffix List', () => {
    for (const item of addresses) expect(parseAddress(item.address).domain, item.address).toBe(item.owner);
  });
});
