// @ts-check
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports run one way (see docs/architecture.md):
 *   shared parts (i18n, a11y, ui, content, paths, storage, page, loading) ← features (course, lesson, player, practice,
 *   progress, certificate, glossary, site, settings, instructor, kiosk, offline) ← app.
 * The pages live in their features; app/ keeps the shell, the route table, the chunk lists and the seams.
 * The lesson pipeline runs at build time only; browser code never imports it.
 * test/lint/eslint-config.test.ts proves each rule fires; test/lint/import-cycles.test.ts finds no import cycle.
 */
/** The practice kinds' build-time files: the registry and each kind's scenario schema, which the lesson pipeline reads. */
const practiceBuildFiles = ['src/practice/registry.ts', 'src/practice/*/scenario.ts'];
const feature = ['course', 'lesson', 'player', 'practice', 'progress', 'certificate', 'glossary', 'site', 'settings', 'instructor', 'kiosk', 'offline'];
/** Shared parts other than content/, which has a rule of its own (it may name the pipeline's types). */
const sharedPart = ['i18n', 'a11y', 'ui', 'paths', 'storage', 'page', 'loading'];
/** The browser's folders that build-time code never imports (it shares content/'s types and i18n/'s list of languages). */
const browserFolders = ['app', ...feature.filter((folder) => folder !== 'practice'), 'a11y', 'ui', 'paths', 'storage', 'page'];
/** The app's list of the lesson pages' chunk: the one place the app imports the practice registry. */
const lessonChunkList = 'src/app/chunks/lesson-pages.ts';
const ban = (folders, why) => folders.map((folder) => ({ regex: `(^|/)(\\.\\./)*${folder}/`, message: why }));
const noPipeline = ban(['lesson-pipeline'], 'The lesson pipeline runs at build time; use its output through src/content.');
const noApp = ban(['app'], 'Only the app shell imports features; pass what a feature needs in through props or a small interface.');
const noFeatures = ban(feature, 'Shared parts must not depend on features.');
/** Only src/storage touches the browser's storage, through its helper that never throws. */
const noStorage = ['localStorage', 'sessionStorage'].map((name) => ({
  name,
  message: 'Use safeStorage() from src/storage: storage may be off or full, and one part of the code owns it.',
}));
const noStorageProperties = noStorage.map(({ name, message }) => ({ object: 'window', property: name, message }));

/** A feature may use another feature only through its index.ts, never its insides. */
const otherFeatureInsides = (self) =>
  feature
    .filter((other) => other !== self)
    .map((other) => ({ regex: `(^|/)\\.\\./${other}/(?!index\\.ts$)`, message: `Use ${other}'s public surface: import from '../${other}/index.ts'.` }));

export default tseslint.config(
  { ignores: ['dist/', 'dist-ssr/', 'dist-test/', 'dist-test-library/', 'dist-test-practice/', 'node_modules/', 'coverage/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'test/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**'],
    rules: { 'no-restricted-globals': ['error', ...noStorage], 'no-restricted-properties': ['error', ...noStorageProperties] },
  },
  {
    files: [`src/{${sharedPart.join(',')}}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: [...noPipeline, ...noApp, ...noFeatures] }] },
  },
  {
    // content/ is the contract between the pipeline and the app: it may name the pipeline's types (erased at
    // build, so no pipeline code reaches the browser), never its code.
    files: ['src/content/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [...noPipeline.map((pattern) => ({ ...pattern, allowTypeImports: true })), ...noApp, ...noFeatures] },
      ],
    },
  },
  ...feature.map((self) => ({
    files: [`src/${self}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noPipeline,
            ...noApp,
            ...otherFeatureInsides(self),
            // The player draws practices with the components the app hands it (a registry), never its own imports;
            // the lesson step page gets that registry from the app's lesson chunk.
            ...(self === 'player' ? ban(['practice'], 'The player gets practice components from the app as a registry; it imports no practice code.') : []),
            ...(self === 'lesson' ? ban(['practice'], 'The lesson pages get the practice registry from the app\'s lesson chunk (app/chunks/lesson-pages.ts); they import no practice code.') : []),
          ],
        },
      ],
    },
  })),
  {
    // A practice kind's browser side (its view, screens and rules) and the host: the kind's scenario file and the
    // registry are build-time code with zod, so the browser may name their types, never import their values.
    files: ['src/practice/**/*.{ts,tsx}'],
    ignores: practiceBuildFiles,
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noPipeline,
            ...noApp,
            ...otherFeatureInsides('practice'),
            { regex: '(^|/)(scenario|registry)\\.ts$', allowTypeImports: true, message: 'A kind\'s scenario file and the registry are build-time code (zod): import their types only (import type …).' },
            { regex: '^zod$', allowTypeImports: true, message: 'zod is for build time; the browser gets checked scenarios.' },
          ],
        },
      ],
    },
  },
  {
    // What the lesson pipeline reads of a practice kind: data and schemas, with the pipeline's field builders.
    files: practiceBuildFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)(\\.\\./)*lesson-pipeline/(?!practice-kind\\.ts$)', message: 'A kind\'s scenario file uses only lesson-pipeline/practice-kind.ts of the pipeline.' },
            ...ban([...browserFolders, 'host'], 'A scenario file is build-time data: no browser code.'),
            { regex: '\\.tsx$', message: 'A scenario file is build-time data: no components.' },
            { regex: '^react', message: 'A scenario file is build-time data: no React.' },
          ],
        },
      ],
    },
  },
  {
    // The practice registry (every kind's loader) comes with the lesson pages' chunk, handed to the step page there:
    // imported anywhere else in the app, it would land in the start page's download.
    files: ['src/app/**/*.{ts,tsx}'],
    ignores: [lessonChunkList],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...noPipeline, ...ban(['practice'], `The practice registry comes with the lesson pages' chunk: import it in ${lessonChunkList} only.`)] },
      ],
    },
  },
  {
    files: [lessonChunkList],
    rules: { 'no-restricted-imports': ['error', { patterns: [...noPipeline] }] },
  },
  {
    files: ['src/lesson-pipeline/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...ban(browserFolders, 'The lesson pipeline runs in Node at build time: no browser code.'),
            // Of practice/, only the registry: each kind's scenario schema and compiler, with no components.
            { regex: '(^|/)(\\.\\./)*practice/(?!registry\\.ts$)', message: 'The lesson pipeline reads only practice/registry.ts (the kinds\' scenario files); practice views are browser code.' },
            { regex: '\\.tsx$', message: 'The lesson pipeline runs in Node at build time: no components.' },
            { regex: '^react', message: 'The lesson pipeline runs in Node at build time: no React.' },
          ],
        },
      ],
    },
  },
);
