import { describe, expect, it } from 'vitest';
import { type ViteManifest, appShellFile, planOffline } from '../../scripts/offline/plan.ts';

/** A build as Vite's manifest describes it: the app, a page chunk, strings, and one lesson in two languages sharing a picture chunk. */
const manifest: ViteManifest = {
  'index.html': { file: 'assets/index-a.js', isEntry: true, css: ['assets/index-a.css'], imports: ['_runtime.js'] },
  '_runtime.js': { file: 'assets/runtime-a.js' },
  'src/app/start-client.tsx': { file: 'assets/start-a.js', isDynamicEntry: true, imports: ['_runtime.js', '\0virtual:natvana/course-outline'] },
  '\0virtual:natvana/course-outline': { file: 'assets/outline-a.js', assets: ['assets/picture-a.svg'] },
  '\0virtual:natvana/lesson-index': { file: 'assets/index-b.js', isDynamicEntry: true },
  '\0virtual:natvana/lesson-loaders/sv': { file: 'assets/loaders-sv.js', isDynamicEntry: true },
  '\0virtual:natvana/lesson-loaders/en': { file: 'assets/loaders-en.js', isDynamicEntry: true },
  '\0virtual:natvana/glossary/sv': { file: 'assets/glossary-sv.js', isDynamicEntry: true },
  '\0virtual:natvana/glossary/en': { file: 'assets/glossary-en.js', isDynamicEntry: true },
  'src/app/chunks/other-pages.ts': { file: 'assets/other-pages-a.js', isDynamicEntry: true, imports: ['_runtime.js'] },
  'src/i18n/locales/sv/index.ts': { file: 'assets/sv-a.js', isDynamicEntry: true },
  'src/i18n/locales/en/index.ts': { file: 'assets/en-a.js', isDynamicEntry: true },
  '\0virtual:natvana/lesson/sv/reading': { file: 'assets/reading-sv.js', isDynamicEntry: true, imports: ['_pictures.js', '_runtime.js'] },
  '\0virtual:natvana/lesson/en/reading': { file: 'assets/reading-en.js', isDynamicEntry: true, imports: ['_pictures.js', '_runtime.js'] },
  '_pictures.js': { file: 'assets/pictures-a.js', assets: ['assets/hand-a.svg'] },
  'lessons/images/hand.svg': { file: 'assets/hand-a.svg' },
  '\0virtual:natvana/instructor-notes-index': { file: 'assets/notes-index-a.js', isDynamicEntry: true, dynamicImports: ['\0virtual:natvana/instructor-notes/sv/reading'] },
  '\0virtual:natvana/instructor-notes/sv/reading': { file: 'assets/notes-sv.js', isDynamicEntry: true },
  // A practice kind, and what it downloads only when the learner uses it (the passphrase drill's word list).
  'src/practice/index.ts': { file: 'assets/practice-a.js', isDynamicEntry: true, dynamicImports: ['src/practice/drills/view.tsx'] },
  'src/practice/drills/view.tsx': { file: 'assets/view-a.js', isDynamicEntry: true, css: ['assets/view-a.css'], dynamicImports: ['src/practice/drills/words.ts'] },
  'src/practice/drills/words.ts': { file: 'assets/words-a.js', isDynamicEntry: true, imports: ['_word-data.js'] },
  '_word-data.js': { file: 'assets/word-data-a.js' },
  // The host every kind runs on, the kind's scenarios in each language, and a Swedish lesson that embeds the kind.
  'src/practice/host/hosted-practice.tsx': { file: 'assets/hosted-a.js', isDynamicEntry: true, imports: ['_runtime.js'] },
  '\0virtual:natvana/practice-scenario/sv/drills/first': { file: 'assets/first-sv.js', isDynamicEntry: true },
  '\0virtual:natvana/practice-scenario/en/drills/first': { file: 'assets/first-en.js', isDynamicEntry: true },
  '\0virtual:natvana/lesson/sv/typing': { file: 'assets/typing-sv.js', isDynamicEntry: true, imports: ['_runtime.js'] },
};

const pages = ['index.html', '404.html', 'sv/index.html', 'en/index.html', 'ar/index.html', 'sv/module/reading/index.html', 'sv/lesson/reading/1/index.html', 'en/lesson/reading/1/index.html'];
const builtFiles = [
  ...pages,
  appShellFile,
  'sw.js',
  'favicon.svg',
  'manifest.webmanifest',
  'icons/icon-192.png',
  'offline/sv.json',
  ...new Set(Object.values(manifest).flatMap((chunk) => [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])])),
];

const plan = planOffline({
  files: builtFiles,
  manifest,
  languages: [
    { language: 'sv', lessonLanguage: 'sv' },
    { language: 'en', lessonLanguage: 'en' },
    { language: 'ar', lessonLanguage: 'sv' },
  ],
  lessons: {
    sv: [
      { id: 'reading', module: 'reading' },
      { id: 'typing', module: 'typing', practiceKinds: ['drills'] },
    ],
    en: [{ id: 'reading', module: 'reading' }],
  },
  sizeOf: () => 1000,
});

describe('the first visit precaches', () => {
  it('the app shell: its scripts, styles, pictures, icons and the page without words', () => {
    expect(plan.precache).toEqual(
      expect.arrayContaining([
        appShellFile,
        'assets/index-a.js',
        'assets/index-a.css',
        'assets/runtime-a.js',
        'assets/start-a.js',
        'assets/other-pages-a.js',
        'assets/picture-a.svg',
        'favicon.svg',
        'manifest.webmanifest',
      ]),
    );
  });

  it('nothing that grows with the number of lessons: the lesson index, the lesson loaders and the glossary come with the pages that need them', () => {
    expect(plan.precache).not.toContain('assets/index-b.js');
    expect(plan.precache).not.toContain('assets/loaders-sv.js');
    expect(plan.precache).not.toContain('assets/glossary-sv.js');
    expect(plan.precache).not.toContain('assets/glossary-en.js');
    expect(plan.precache).not.toContain('assets/loaders-en.js');
    expect(plan.precache).toContain('assets/outline-a.js');
    // The instructor's map of every lesson's notes grows too; instructors fetch it with the first notes.
    expect(plan.precache).not.toContain('assets/notes-index-a.js');
    // A lesson kept for offline use keeps them, and so does saving a module or the course.
    const swedish = plan.lists.find((list) => list.language === 'sv');
    expect(swedish?.lessons.reading).toEqual(expect.arrayContaining(['assets/index-b.js', 'assets/loaders-sv.js']));
    expect(swedish?.course.files).toEqual(expect.arrayContaining(['assets/index-b.js', 'assets/loaders-sv.js', 'assets/glossary-sv.js']));
    expect(swedish?.course.files).not.toContain('assets/glossary-en.js');
    expect(swedish?.modules.reading?.files).toEqual(expect.arrayContaining(['assets/index-b.js', 'assets/loaders-sv.js']));
  });

  it('no page of any interface language and no lesson step', () => {
    const html = plan.precache.filter((file) => file.endsWith('.html'));
    expect(html).toEqual([appShellFile]);
    for (const file of plan.precache) expect(file).not.toMatch(/^(sv|en|ar)\//);
  });

  it('no practice kind, no part of one and no scenario: they come with the lessons that embed them', () => {
    for (const file of ['assets/view-a.js', 'assets/view-a.css', 'assets/words-a.js', 'assets/word-data-a.js', 'assets/hosted-a.js', 'assets/first-sv.js', 'assets/first-en.js']) {
      expect(plan.precache).not.toContain(file);
    }
    // The registry that names the kinds is the app's.
    expect(plan.precache).toContain('assets/practice-a.js');
  });

  it('no icon for installing the app: the browser fetches those itself when it installs', () => {
    expect(plan.precache).not.toContain('icons/icon-192.png');
  });

  it('no lesson, none of its pictures, and no instructor notes', () => {
    for (const file of ['assets/reading-sv.js', 'assets/reading-en.js', 'assets/pictures-a.js', 'assets/hand-a.svg', 'assets/notes-sv.js']) {
      expect(plan.precache).not.toContain(file);
    }
    expect(plan.precache).not.toContain('sw.js');
    expect(plan.precache).not.toContain('offline/sv.json');
  });
});

describe('the offline list of a language', () => {
  const list = (language: string) => plan.lists.find((candidate) => candidate.language === language);

  it('names each lesson’s chunk and pictures, in the lesson language, without the shell’s files, and the course’s index and its language’s loaders', () => {
    expect(list('sv')?.lessons.reading).toEqual(['assets/reading-sv.js', 'assets/pictures-a.js', 'assets/hand-a.svg', 'assets/index-b.js', 'assets/loaders-sv.js', 'assets/glossary-sv.js']);
    expect(list('en')?.lessons.reading).toEqual(['assets/reading-en.js', 'assets/pictures-a.js', 'assets/hand-a.svg', 'assets/index-b.js', 'assets/loaders-en.js', 'assets/glossary-en.js']);
  });

  it('gives a lesson that embeds a practice every kind in full (a kind may hand over to another): the host, the views, what they load later and the scenarios in the lesson’s language', () => {
    const typing = list('sv')?.lessons.typing ?? [];
    expect(typing).toEqual(
      expect.arrayContaining(['assets/typing-sv.js', 'assets/hosted-a.js', 'assets/view-a.js', 'assets/view-a.css', 'assets/words-a.js', 'assets/word-data-a.js', 'assets/first-sv.js']),
    );
    expect(typing).not.toContain('assets/first-en.js');
    expect(typing).not.toContain('assets/runtime-a.js');
    expect(list('sv')?.lessons.reading).not.toContain('assets/view-a.js');
  });

  it('gives the course and each module with their lessons and download size', () => {
    const course = list('sv')?.course;
    expect(course?.lessonIds).toEqual(['reading', 'typing']);
    expect(course?.files).toEqual(expect.arrayContaining(['assets/reading-sv.js', 'assets/pictures-a.js', 'assets/hand-a.svg', 'assets/index-b.js', 'assets/loaders-sv.js', 'assets/first-sv.js']));
    // Each file counted once, however many lessons share it.
    expect(course?.bytes).toBe(new Set(course?.files).size * 1000);
    expect(list('sv')?.modules.reading?.lessonIds).toEqual(['reading']);
  });

  it('of an interface language without lessons of its own lists the lessons it is shown', () => {
    expect(list('ar')?.lessonLanguage).toBe('sv');
    expect(list('ar')?.lessons.reading).toEqual(list('sv')?.lessons.reading);
  });
});
