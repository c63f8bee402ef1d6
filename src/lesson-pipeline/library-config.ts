import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { uiLanguages } from '../i18n/languages.ts';
import { formatRatio } from './contrast.ts';
import { type Problem, ProblemList } from './problems.ts';
import { readAuthorFile, reportUnexpected } from './author-files.ts';
import { limits } from './limits.ts';
import { checkPicture } from './pictures.ts';
import { readJson } from './read-json.ts';
import { plainWords } from './schemas.ts';
import { accentContrastFailures, themeLabels } from './theme-colours.ts';

/** Texts are shown on every page: plain words (no HTML, links or :word[…]) and short, so they fit the header and footer. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'This text is empty.')
    .max(max, `This text is long. Keep it under ${max} characters.`)
    .refine((value) => !/<\/?[a-z!?][^>]*>|\[[^\]]*\]\([^)]*\)/i.test(value), plainWords);
const perLanguage = (max: number) =>
  z.strictObject(
    { sv: text(max), en: text(max), ar: text(max).optional() },
    'Write it once per language: "sv": "…", "en": "…" (and "ar": "…" if you have it).',
  );

const libraryConfigSchema = z.strictObject({
  name: perLanguage(limits.libraryName).optional(),
  // Only a file name: the logo sits beside library.json, so "../" or a folder cannot reach other files.
  logo: z
    .string()
    .regex(/^[\w-]+(?:\.[\w-]+)*$/, 'Write only the file name of the logo, like "logo.svg": the logo must be next to library.json, not in another folder.')
    .regex(/\.(svg|png|webp|jpe?g)$/i, 'The logo must be an SVG, PNG, WebP or JPEG file, like "logo.svg".')
    .optional(),
  contact: perLanguage(limits.libraryText).optional(),
  helpDeskHours: perLanguage(limits.libraryText).optional(),
  defaultLanguage: z.enum(uiLanguages, `Write one of: ${uiLanguages.join(', ')}.`).default('sv'),
  modules: z.array(z.string().max(60, 'A module id is the name of its folder in lessons/, like "email".'), 'Write the module ids as a list, like ["email", "e-id"].').min(1, 'Show at least one module.').optional(),
  kiosk: z
    .strictObject({
      enabled: z.boolean('Write true or false.'),
      idleMinutes: z.number().int().min(2, 'Give the learner at least 2 minutes.').max(120, 'Use 120 minutes or less.').default(10),
      warningSeconds: z.number().int().min(20, 'Give at least 20 seconds to answer the warning.').max(600, 'Use 600 seconds or less.').default(60),
    })
    .default({ enabled: false, idleMinutes: 10, warningSeconds: 60 }),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Write the colour as # and six hex digits, like "#0b4f8a".').default('#0b4f8a'),
});

/**
 * The library's settings as the app gets them: library.json as the schema
 * reads it, with every default filled in, the shown modules always listed,
 * and the logo as the file the build fingerprints (its URL in the browser).
 */
export type LibraryConfig = Omit<z.output<typeof libraryConfigSchema>, 'modules'> & { modules: string[] };

/** The settings of a library that has written no library.json: Nätvana under its own name, every module shown. */
const defaultConfig = (knownModules: readonly string[]): LibraryConfig => ({ ...libraryConfigSchema.parse({}), modules: [...knownModules] });

export interface LoadedLibraryConfig {
  config: LibraryConfig;
  /** The logo's path on disk, for the build to copy and fingerprint. */
  logoPath?: string;
  problems: Problem[];
}


/** Reads library.json; whatever goes wrong becomes a problem in library.json, never a stack trace. */
export function loadLibraryConfig(path: string, knownModules: readonly string[], projectRoot = process.cwd()): LoadedLibraryConfig {
  try {
    return readLibraryConfig(path, knownModules, projectRoot);
  } catch (error) {
    const problems = new ProblemList(relative(projectRoot, path).split(sep).join('/'));
    reportUnexpected(error, problems);
    return { config: defaultConfig(knownModules), problems: problems.items };
  }
}

function readLibraryConfig(path: string, knownModules: readonly string[], projectRoot: string): LoadedLibraryConfig {
  const file = relative(projectRoot, path).split(sep).join('/');
  const problems = new ProblemList(file);
  const fallback = defaultConfig(knownModules);
  if (!existsSync(path)) return { config: fallback, problems: [] };

  const source = readAuthorFile(path, limits.libraryFileBytes, problems);
  const parsed = source === undefined ? undefined : readJson(source, libraryConfigSchema, problems, 'docs/library-configuration.md');
  if (!parsed || source === undefined) return { config: fallback, problems: problems.items };

  const lineOf = (key: string) => {
    const index = source.split('\n').findIndex((line) => line.includes(`"${key}"`));
    return { line: index + 1 || 1, column: 1 };
  };

  const accent = parsed.accentColor.toLowerCase();
  // Checked in every theme where the accent is used (themes.css says where: high contrast has colours of its own),
  // one message per theme and colour it meets, naming every place it is used there.
  const failures = new Map<string, ReturnType<typeof accentContrastFailures>>();
  for (const failure of accentContrastFailures(accent)) {
    const against = failure.foreground === accent ? failure.background : failure.foreground;
    const key = `${failure.theme} ${against}`;
    failures.set(key, [...(failures.get(key) ?? []), failure]);
  }
  for (const group of failures.values()) {
    const [first] = group;
    if (!first) continue;
    const against = first.foreground === accent ? first.background : first.foreground;
    const needed = Math.max(...group.map((failure) => failure.minimum));
    problems.add(
      lineOf('accentColor'),
      `In the ${themeLabels[first.theme]} theme, the accent colour ${accent} has a contrast of ${formatRatio(first.ratio)} against ${against} (${group.map((failure) => failure.pair.use).join(', ')}); it needs at least ${needed}:1.`,
      'Choose a darker colour, like "#0b4f8a": white text must be easy to read on it, and it must stand out on a white page. A contrast checker shows the ratio of any colour against white.',
    );
  }

  const modules = parsed.modules ?? [...knownModules];
  for (const moduleId of modules) {
    if (!knownModules.includes(moduleId)) {
      problems.add(lineOf('modules'), `There is no module "${moduleId}".`, `Use the ids of the folders in lessons/: ${knownModules.join(', ')}.`);
    }
  }
  if (new Set(modules).size !== modules.length) {
    problems.add(lineOf('modules'), 'A module is listed twice.', 'List each module once, in the order they should be shown.');
  }

  let logoPath: string | undefined;
  if (parsed.logo) {
    logoPath = resolve(dirname(path), parsed.logo);
    const logo = checkPicture(logoPath, dirname(path), parsed.logo, 'the folder of library.json');
    if (!logo.ok) {
      const missing = logo.message.startsWith('The picture file does not exist');
      problems.add(lineOf('logo'), missing ? `The logo file "${parsed.logo}" does not exist.` : logo.message, missing ? 'Save it next to library.json, or fix the file name.' : logo.fix);
      logoPath = undefined;
    } else if (!parsed.name) {
      problems.add(lineOf('logo'), 'The logo has no name to go with it.', 'Add "name" with the library\'s name: it is read aloud in place of the logo.');
    }
  }

  const config: LibraryConfig = {
    ...(parsed.name ? { name: parsed.name } : {}),
    ...(logoPath ? { logo: logoPath } : {}),
    ...(parsed.contact ? { contact: parsed.contact } : {}),
    ...(parsed.helpDeskHours ? { helpDeskHours: parsed.helpDeskHours } : {}),
    defaultLanguage: parsed.defaultLanguage,
    modules,
    kiosk: parsed.kiosk,
    accentColor: accent,
  };
  return { config, ...(logoPath ? { logoPath } : {}), problems: problems.items };
}
