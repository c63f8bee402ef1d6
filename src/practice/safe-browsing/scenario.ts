/**
 * A scenario of the safe-browsing drills: `lessons/practice/safe-browsing/<id>.yaml`,
 * one drill each (whose address, the padlock, the fake shop, the fake virus
 * warning, a passphrase), Swedish and English side by side (see "Practice" in
 * docs/lesson-format.md). Build time only: the lesson pipeline checks and
 * compiles it; the browser gets `SafeBrowsingScenario` in one language and
 * imports this file for its types alone.
 *
 * Who owns an address is decided by the Public Suffix List (tldts), here at
 * build time: the browser gets the address already taken apart, and a
 * scenario whose expected owner disagrees with the list fails the build.
 */
import { parse } from 'tldts';
import { z } from 'zod';
import type { LessonLanguage } from '../../i18n/languages.ts';
import { definePracticeKind, duplicateIds, type FieldPath, perLanguage, plainText, type ScenarioProblem, scenarioId } from '../../lesson-pipeline/practice-kind.ts';

/** The trick an address plays, which decides the explanation a learner reads after answering. */
const tricks = ['plain', 'subdomain', 'hyphen', 'name-inside', 'extra-letter', 'digit', 'two-part-ending', 'punycode', 'user-name'] as const;
export type AddressTrick = (typeof tricks)[number];

const webAddress = z
  .string('Write a web address in quotes, like "https://www.provbanken.se/logga-in".')
  .regex(/^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/, 'Write a whole web address with no spaces, starting with https:// or http://, like "https://www.provbanken.se/logga-in".');

const domainName = z.string('Write a name like provbanken.se.').regex(/^[a-z0-9.-]+$/, 'Write the name in small letters a–z, digits, dots and hyphens, like provbanken.se.');

/** Answers to choose from, one or more right, each explained. */
const answers = z
  .array(z.strictObject({ id: scenarioId, ...perLanguage.shape, right: z.boolean('Write right: true or right: false.'), explain: perLanguage }), 'Write a list: each answer starts with "- id: …", with sv:, en:, right: and explain: under it.')
  .min(2, 'Write at least two answers to choose from.');

const addressDrill = z.strictObject({
  id: scenarioId,
  drill: z.literal('address'),
  task: perLanguage,
  addresses: z
    .array(
      z.strictObject({
        id: scenarioId,
        address: webAddress,
        owner: domainName,
        choices: z.array(domainName, 'Write the owners to choose from as a list: [provbanken.se, logga-in.net].').min(2, 'Write at least two owners to choose from.').max(4, 'Write at most four owners to choose from.'),
        trick: z.enum(tricks, `Write one of: ${tricks.join(', ')}.`),
        explain: perLanguage,
      }),
      'Write a list of addresses: each starts with "- id: …".',
    )
    .min(1, 'Write at least one address.'),
});

const pageOfPair = z.strictObject({ id: scenarioId, address: webAddress, title: perLanguage, text: perLanguage, honest: z.boolean('Write honest: true or honest: false.') });

const padlockDrill = z.strictObject({
  id: scenarioId,
  drill: z.literal('padlock'),
  task: perLanguage,
  pages: z.tuple([pageOfPair, pageOfPair], 'Write exactly two pages, one honest and one fake.'),
  question: perLanguage,
  answers,
  after: perLanguage,
});

const shopSpot = z.strictObject({ id: scenarioId, label: perLanguage, text: perLanguage, sign: z.boolean('Write sign: true (a sign of a fake shop) or sign: false.'), explain: perLanguage });
const honestSpot = z.strictObject({ id: scenarioId, label: perLanguage, text: perLanguage });

const shopDrill = z.strictObject({
  id: scenarioId,
  drill: z.literal('shop'),
  task: perLanguage,
  fake: z.strictObject({ address: webAddress, name: perLanguage, spots: z.array(shopSpot, 'Write a list of spots: each starts with "- id: …".').min(2, 'Write at least two spots.') }),
  honest: z.strictObject({ address: webAddress, name: perLanguage, spots: z.array(honestSpot, 'Write a list of spots: each starts with "- id: …".').min(1, 'Write at least one spot.') }),
  advice: z.array(z.strictObject({ id: scenarioId, ...perLanguage.shape }), 'Write a list of advice: each starts with "- id: …".').min(1, 'Write at least one piece of advice.'),
});

const warningDrill = z.strictObject({
  id: scenarioId,
  drill: z.literal('warning'),
  task: perLanguage,
  page: z.strictObject({ address: webAddress, title: perLanguage, text: perLanguage, link: perLanguage }),
  warning: z.strictObject({
    address: webAddress,
    title: perLanguage,
    text: perLanguage,
    phone: plainText,
    traps: z.array(z.strictObject({ id: scenarioId, ...perLanguage.shape, explain: perLanguage }), 'Write the warning’s buttons as a list: each starts with "- id: …".').min(1, 'Write at least one button in the warning.'),
  }),
  comesBack: z.array(z.strictObject({ id: scenarioId, ...perLanguage.shape }), 'Write a list of what to do if it comes back: each starts with "- id: …".').min(1, 'Write at least one step.'),
});

const passphraseDrill = z.strictObject({
  id: scenarioId,
  drill: z.literal('passphrase'),
  task: perLanguage,
});

const schema = z.discriminatedUnion('drill', [addressDrill, padlockDrill, shopDrill, warningDrill, passphraseDrill], 'Write drill: address, padlock, shop, warning or passphrase.');
type Source = z.infer<typeof schema>;

/** What a part of an address is: the registrable domain's name and ending decide the owner; the rest is free to write. */
export type AddressPartRole = 'scheme' | 'user' | 'subdomain' | 'name' | 'ending' | 'port' | 'path';
export interface AddressPart {
  text: string;
  role: AddressPartRole;
}

/** Where an owner offered as a choice stands in the address, so a wrong choice can be explained. */
export type ChoiceWhere = 'owner' | 'user' | 'subdomain' | 'path' | 'elsewhere';

export interface AddressItem {
  id: string;
  address: string;
  /** The registrable domain, computed from the Public Suffix List. */
  owner: string;
  /** The address in order, part by part; the parts joined are the address. */
  parts: AddressPart[];
  choices: { owner: string; where: ChoiceWhere }[];
  trick: AddressTrick;
  explain: string;
}

export interface AddressScenario {
  id: string;
  drill: 'address';
  task: string;
  addresses: AddressItem[];
}

export interface Answer {
  id: string;
  text: string;
  right: boolean;
  explain: string;
}

export interface PadlockScenario {
  id: string;
  drill: 'padlock';
  task: string;
  pages: { id: string; address: string; title: string; text: string; honest: boolean }[];
  question: string;
  answers: Answer[];
  after: string;
}

export interface ShopScenario {
  id: string;
  drill: 'shop';
  task: string;
  fake: { address: string; name: string; spots: { id: string; label: string; text: string; sign: boolean; explain: string }[] };
  honest: { address: string; name: string; spots: { id: string; label: string; text: string }[] };
  advice: { id: string; text: string }[];
}

export interface WarningScenario {
  id: string;
  drill: 'warning';
  task: string;
  page: { address: string; title: string; text: string; link: string };
  warning: { address: string; title: string; text: string; phone: string; traps: { id: string; text: string; explain: string }[] };
  comesBack: { id: string; text: string }[];
}

export interface PassphraseScenario {
  id: string;
  drill: 'passphrase';
  task: string;
}

export type SafeBrowsingScenario = AddressScenario | PadlockScenario | ShopScenario | WarningScenario | PassphraseScenario;

/**
 * Takes an address apart as the Public Suffix List reads it: scheme, a user
 * name before `@`, the subdomain, the owner's name and its public ending, a
 * port and the path. Undefined when the list finds no owner, or when the
 * address is not written as the list reads it (capitals, letters outside a–z).
 */
export function addressParts(address: string): { owner: string; parts: AddressPart[] } | undefined {
  const parsed = parse(address);
  const scheme = /^[a-z]+:\/\//i.exec(address)?.[0] ?? '';
  const rest = address.slice(scheme.length);
  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
  const path = authorityEnd === -1 ? '' : rest.slice(authorityEnd);
  const at = authority.lastIndexOf('@');
  const user = at === -1 ? '' : authority.slice(0, at + 1);
  const hostAndPort = authority.slice(at + 1);
  const portMatch = /:\d+$/.exec(hostAndPort);
  const port = portMatch?.[0] ?? '';
  const host = hostAndPort.slice(0, hostAndPort.length - port.length);
  const { domain, publicSuffix, subdomain, domainWithoutSuffix } = parsed;
  if (!domain || !publicSuffix || domainWithoutSuffix === null || host !== parsed.hostname) return undefined;
  const parts: AddressPart[] = [
    { text: scheme, role: 'scheme' },
    { text: user, role: 'user' },
    { text: subdomain ? `${subdomain}.` : '', role: 'subdomain' },
    { text: domainWithoutSuffix, role: 'name' },
    { text: `.${publicSuffix}`, role: 'ending' },
    { text: port, role: 'port' },
    { text: path, role: 'path' },
  ];
  return { owner: domain, parts: parts.filter((part) => part.text !== '') };
}

function whereIn(choice: string, owner: string, parts: AddressPart[]): ChoiceWhere {
  if (choice === owner) return 'owner';
  const found = parts.find((part) => (part.role === 'user' || part.role === 'subdomain' || part.role === 'path') && part.text.includes(choice));
  return found ? (found.role as ChoiceWhere) : 'elsewhere';
}

function addressProblems(scenario: Extract<Source, { drill: 'address' }>): ScenarioProblem[] {
  const problems: ScenarioProblem[] = duplicateIds(scenario.addresses, ['addresses']);
  scenario.addresses.forEach((item, index) => {
    const at: FieldPath = ['addresses', index];
    const taken = addressParts(item.address);
    if (!taken) {
      problems.push({ at: [...at, 'address'], message: `The Public Suffix List finds no owner in "${item.address}".`, fix: 'Write the address in small letters, with a known ending such as .se or .com (write a look-alike letter as its xn-- form).' });
      return;
    }
    if (taken.owner !== item.owner) {
      problems.push({ at: [...at, 'owner'], message: `The Public Suffix List says "${item.address}" belongs to ${taken.owner}, not ${item.owner}.`, fix: `Write owner: ${taken.owner}, or change the address.` });
    }
    if (!item.choices.includes(item.owner)) {
      problems.push({ at: [...at, 'choices'], message: `The owner ${item.owner} is not among the choices.`, fix: `Add ${item.owner} to the choices.` });
    }
    if (new Set(item.choices).size !== item.choices.length) {
      problems.push({ at: [...at, 'choices'], message: 'A choice is written twice.', fix: 'Write each owner once.' });
    }
  });
  return problems;
}

function answerProblems(list: readonly { id: string; right: boolean }[], at: FieldPath): ScenarioProblem[] {
  const problems = duplicateIds(list, at);
  if (!list.some((answer) => answer.right)) problems.push({ at, message: 'No answer is right.', fix: 'Write right: true on the right answer.' });
  if (list.every((answer) => answer.right)) problems.push({ at, message: 'Every answer is right, so there is nothing to choose.', fix: 'Write right: false on the answers that are wrong.' });
  return problems;
}

function inOne<Item extends { id: string } & Record<LessonLanguage, string>>(items: readonly Item[], language: LessonLanguage): { id: string; text: string }[] {
  return items.map((item) => ({ id: item.id, text: item[language] }));
}

function compile(scenario: Source, language: LessonLanguage): SafeBrowsingScenario {
  const base = { id: scenario.id, task: scenario.task[language] };
  switch (scenario.drill) {
    case 'address':
      return {
        ...base,
        drill: 'address',
        addresses: scenario.addresses.map((item) => {
          const taken = addressParts(item.address);
          // check() has refused an address the list cannot read, so the build never gets here without its parts.
          if (!taken) throw new Error(`The Public Suffix List finds no owner in ${item.address}.`);
          return {
            id: item.id,
            address: item.address,
            owner: taken.owner,
            parts: taken.parts,
            choices: item.choices.map((choice) => ({ owner: choice, where: whereIn(choice, taken.owner, taken.parts) })),
            trick: item.trick,
            explain: item.explain[language],
          };
        }),
      };
    case 'padlock':
      return {
        ...base,
        drill: 'padlock',
        pages: scenario.pages.map((page) => ({ id: page.id, address: page.address, title: page.title[language], text: page.text[language], honest: page.honest })),
        question: scenario.question[language],
        answers: scenario.answers.map((answer) => ({ id: answer.id, text: answer[language], right: answer.right, explain: answer.explain[language] })),
        after: scenario.after[language],
      };
    case 'shop':
      return {
        ...base,
        drill: 'shop',
        fake: {
          address: scenario.fake.address,
          name: scenario.fake.name[language],
          spots: scenario.fake.spots.map((spot) => ({ id: spot.id, label: spot.label[language], text: spot.text[language], sign: spot.sign, explain: spot.explain[language] })),
        },
        honest: { address: scenario.honest.address, name: scenario.honest.name[language], spots: scenario.honest.spots.map((spot) => ({ id: spot.id, label: spot.label[language], text: spot.text[language] })) },
        advice: inOne(scenario.advice, language),
      };
    case 'warning':
      return {
        ...base,
        drill: 'warning',
        page: { address: scenario.page.address, title: scenario.page.title[language], text: scenario.page.text[language], link: scenario.page.link[language] },
        warning: {
          address: scenario.warning.address,
          title: scenario.warning.title[language],
          text: scenario.warning.text[language],
          phone: scenario.warning.phone,
          traps: scenario.warning.traps.map((trap) => ({ id: trap.id, text: trap[language], explain: trap.explain[language] })),
        },
        comesBack: inOne(scenario.comesBack, language),
      };
    case 'passphrase':
      return { ...base, drill: 'passphrase' };
  }
}

export const safeBrowsingKind = definePracticeKind({
  schema,
  examples: {
    drill: 'drill: address',
    task: 'task:\n  sv: Vem äger adressen?\n  en: Who owns the address?',
    addresses: 'addresses:\n  - id: bank-subdomain\n    address: "https://provbanken.se.kontroll-konto.net/"\n    owner: kontroll-konto.net\n    choices: [provbanken.se, kontroll-konto.net]\n    trick: subdomain\n    explain:\n      sv: …\n      en: …',
    explain: 'explain:\n  sv: Namnet slutar med .net.\n  en: The name ends in .net.',
    owner: 'owner: provbanken.se',
    trick: 'trick: subdomain',
    answers: 'answers:\n  - id: honest\n    sv: Sidan är ärlig.\n    en: The page is honest.\n    right: false\n    explain:\n      sv: …\n      en: …',
  },
  inLanguage: compile,
  check(scenario) {
    switch (scenario.drill) {
      case 'address':
        return addressProblems(scenario);
      case 'padlock': {
        const problems = answerProblems(scenario.answers, ['answers']);
        if (scenario.pages[0].honest === scenario.pages[1].honest) problems.push({ at: ['pages'], message: 'Both pages are honest, or both are fake.', fix: 'Write honest: true on one page and honest: false on the other.' });
        return problems;
      }
      case 'shop': {
        const problems = [...duplicateIds(scenario.fake.spots, ['fake', 'spots']), ...duplicateIds(scenario.honest.spots, ['honest', 'spots']), ...duplicateIds(scenario.advice, ['advice'])];
        if (!scenario.fake.spots.some((spot) => spot.sign)) problems.push({ at: ['fake', 'spots'], message: 'The fake shop has no sign to find.', fix: 'Write sign: true on the spots that are signs of a fake shop.' });
        return problems;
      }
      case 'warning':
        return [...duplicateIds(scenario.warning.traps, ['warning', 'traps']), ...duplicateIds(scenario.comesBack, ['comesBack'])];
      case 'passphrase':
        return [];
    }
  },
});
