import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: projectRoot });

/** The messages lint gives `code` as if it were the file at `filePath` (nothing is written). */
async function lint(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId?.includes('no-restricted')).map((message) => message.message);
}

// Linting starts ESLint with the whole configuration: seconds on an idle machine, far more on a busy one.
describe('the lint rules that keep the architecture', { timeout: 120_000 }, () => {
  it('refuse React in the lesson pipeline', async () => {
    expect(await lint('src/lesson-pipeline/markdown/new-rule.ts', "import { useState } from 'react';\nexport const x = useState;\n")).toEqual([
      expect.stringContaining('no React'),
    ]);
  });

  it('refuse browser parts in the lesson pipeline: addresses, storage, the page parts, saving offline', async () => {
    for (const folder of ['paths/index.ts', 'storage/index.ts', 'page/page-head.tsx', 'offline/offline-files.ts']) {
      expect(await lint('src/lesson-pipeline/new-check.ts', `import * as part from '../${folder}';\nexport { part };\n`), folder).toEqual(
        expect.arrayContaining([expect.stringContaining('The lesson pipeline runs in Node at build time: no browser code.')]),
      );
    }
  });

  it('refuse a component in the lesson pipeline, also from the practice folder, but allow the practice registry', async () => {
    expect(await lint('src/lesson-pipeline/new-check.ts', "import { Quiz } from '../player/quiz.tsx';\nexport { Quiz };\n")).not.toEqual([]);
    expect(await lint('src/lesson-pipeline/new-check.ts', "import { practiceRegistry } from '../practice/index.ts';\nexport { practiceRegistry };\n")).toEqual([
      expect.stringContaining('practice/registry.ts'),
    ]);
    expect(await lint('src/lesson-pipeline/new-check.ts', "import view from '../practice/e-id/view.tsx';\nexport { view };\n")).not.toEqual([]);
    expect(await lint('src/lesson-pipeline/markdown/directives/practice.ts', "import { practiceKinds } from '../../../practice/registry.ts';\nexport { practiceKinds };\n")).toEqual([]);
  });

  it('keep a practice kind’s scenario file build-time data, and the browser side off its values', async () => {
    expect(await lint('src/practice/new-kind/scenario.ts', "import { definePracticeKind } from '../../lesson-pipeline/practice-kind.ts';\nexport { definePracticeKind };\n")).toEqual([]);
    expect(await lint('src/practice/new-kind/scenario.ts', "import { readYaml } from '../../lesson-pipeline/read-yaml.ts';\nexport { readYaml };\n")).toEqual([
      expect.stringContaining('practice-kind.ts'),
    ]);
    expect(await lint('src/practice/new-kind/scenario.ts', "import { Button } from '../../ui/index.ts';\nexport { Button };\n")).toEqual([expect.stringContaining('no browser code')]);
    expect(await lint('src/practice/new-kind/view.tsx', "import { newKind } from './scenario.ts';\nexport { newKind };\n")).toEqual([expect.stringContaining('types only')]);
    expect(await lint('src/practice/new-kind/view.tsx', "import type { NewScenario } from './scenario.ts';\nexport type { NewScenario };\n")).toEqual([]);
    expect(await lint('src/practice/new-kind/rules.ts', "import { z } from 'zod';\nexport { z };\n")).toEqual([expect.stringContaining('build time')]);
    expect(await lint('src/practice/new-kind/view.tsx', "import { definePracticeKind } from '../../lesson-pipeline/practice-kind.ts';\nexport { definePracticeKind };\n")).not.toEqual([]);
  });

  it('refuse practice code in the player, even through its public surface', async () => {
    expect(await lint('src/player/new-part.tsx', "import { practiceRegistry } from '../practice/index.ts';\nexport { practiceRegistry };\n")).toEqual([
      expect.stringContaining('registry'),
    ]);
  });

  it('refuse a feature in a shared part', async () => {
    for (const [file, code] of [
      ['src/ui/new-part.tsx', "import { LessonStep } from '../player/index.ts';\nexport { LessonStep };\n"],
      ['src/content/new-part.ts', "import { safeStorage } from '../progress/index.ts';\nexport { safeStorage };\n"],
      ['src/a11y/new-part.ts', "import { KioskTimer } from '../kiosk/index.ts';\nexport { KioskTimer };\n"],
      ['src/storage/new-part.ts', "import { progressStore } from '../progress/index.ts';\nexport { progressStore };\n"],
      ['src/paths/new-part.ts', "import { instructorPaths } from '../instructor/instructor-paths.ts';\nexport { instructorPaths };\n"],
      ['src/page/new-part.tsx', "import { SaveCourseSlot } from '../offline/save-course-slot.tsx';\nexport { SaveCourseSlot };\n"],
    ] as const) {
      expect(await lint(file, code), file).toEqual([expect.stringContaining('Shared parts must not depend on features')]);
    }
  });

  it('refuse the app in a shared part: the route table is the app’s, addresses are src/paths’', async () => {
    expect(await lint('src/paths/new-part.ts', "import { routeTable } from '../app/routes.ts';\nexport { routeTable };\n")).toEqual([
      expect.stringContaining('Only the app shell imports features'),
    ]);
    expect(await lint('src/page/new-part.tsx', "import { defaultSeams } from '../app/app-seams.tsx';\nexport { defaultSeams };\n")).toEqual([
      expect.stringContaining('Only the app shell imports features'),
    ]);
  });

  it('refuse a feature’s insides in another feature, and the app in a feature', async () => {
    expect(await lint('src/progress/new-part.ts', "import { offlineList } from '../offline/offline-files.ts';\nexport { offlineList };\n")).toEqual([
      expect.stringContaining("offline's public surface"),
    ]);
    expect(await lint('src/instructor/new-page.tsx', "import { defaultSeams } from '../app/app-seams.tsx';\nexport { defaultSeams };\n")).toEqual([
      expect.stringContaining('Only the app shell imports features'),
    ]);
    expect(await lint('src/offline/new-part.ts', "import { routeTable } from '../app/routes.ts';\nexport { routeTable };\n")).toEqual([
      expect.stringContaining('Only the app shell imports features'),
    ]);
    expect(await lint('src/progress/new-part.ts', "import { gradeQuiz } from '../player/grade-quiz.ts';\nexport { gradeQuiz };\n")).toEqual([
      expect.stringContaining("player's public surface"),
    ]);
    expect(await lint('src/player/new-part.ts', "import { paths } from '../app/routes.ts';\nexport { paths };\n")).toEqual([
      expect.stringContaining('Only the app shell imports features'),
    ]);
  });

  it('refuse the app in the pages’ features, and those features in a shared part', async () => {
    for (const folder of ['course', 'lesson', 'certificate', 'glossary', 'site']) {
      expect(await lint(`src/${folder}/new-page.tsx`, "import { loadSettingsPanel } from '../app/routes.ts';\nexport { loadSettingsPanel };\n"), folder).toEqual([
        expect.stringContaining('Only the app shell imports features'),
      ]);
    }
    expect(await lint('src/page/new-part.tsx', "import { useLessonEvents } from '../lesson/lesson-events.ts';\nexport { useLessonEvents };\n")).toEqual([
      expect.stringContaining('Shared parts must not depend on features'),
    ]);
    expect(await lint('src/content/new-part.ts', "import { startPage } from '../course/start-page.tsx';\nexport { startPage };\n")).toEqual([
      expect.stringContaining('Shared parts must not depend on features'),
    ]);
    expect(await lint('src/glossary/new-part.tsx', "import { SaveCourseSlot } from '../offline/save-course-slot.tsx';\nexport { SaveCourseSlot };\n")).toEqual([
      expect.stringContaining("offline's public surface"),
    ]);
    expect(await lint('src/lesson-pipeline/new-check.ts', "import { SitePageView } from '../site/site-page.tsx';\nexport { SitePageView };\n")).toEqual(
      expect.arrayContaining([expect.stringContaining('The lesson pipeline runs in Node at build time: no browser code.')]),
    );
  });

  it('keep the practice registry out of the start page: only the app’s lesson chunk imports it', async () => {
    const importRegistry = "import { practiceRegistry } from '../../practice/index.ts';\nexport { practiceRegistry };\n";
    expect(await lint('src/app/chunks/lesson-pages.ts', importRegistry)).toEqual([]);
    expect(await lint('src/app/chunks/route-pages.ts', importRegistry)).toEqual([expect.stringContaining("the lesson pages' chunk")]);
    expect(await lint('src/app/app-seams.tsx', "import { practiceRegistry } from '../practice/index.ts';\nexport { practiceRegistry };\n")).toEqual([
      expect.stringContaining("the lesson pages' chunk"),
    ]);
    expect(await lint('src/lesson/new-part.tsx', "import { practiceRegistry } from '../practice/index.ts';\nexport { practiceRegistry };\n")).toEqual([
      expect.stringContaining("app's lesson chunk"),
    ]);
  });

  it('let content/ name the pipeline’s types, but never import its code', async () => {
    expect(await lint('src/content/new-part.ts', "export type { LibraryConfig } from '../lesson-pipeline/library-config.ts';\n")).toEqual([]);
    expect(await lint('src/content/new-part.ts', "import { loadSite } from '../lesson-pipeline/site.ts';\nexport { loadSite };\n")).toEqual([
      expect.stringContaining('build time'),
    ]);
    expect(await lint('src/ui/new-part.ts', "import type { Site } from '../lesson-pipeline/site.ts';\nexport type { Site };\n")).toEqual([
      expect.stringContaining('build time'),
    ]);
  });

  it('refuse storage outside src/storage, in the progress store too', async () => {
    expect(await lint('src/app/new-part.ts', "export const read = () => localStorage.getItem('natvana');\n")).toEqual([expect.stringContaining('safeStorage')]);
    expect(await lint('src/settings/new-part.ts', "export const read = () => window.sessionStorage.getItem('natvana');\n")).toEqual([
      expect.stringContaining('safeStorage'),
    ]);
    expect(await lint('src/progress/new-part.ts', "export const read = () => window.localStorage.getItem('natvana');\n")).toEqual([
      expect.stringContaining('safeStorage'),
    ]);
    expect(await lint('src/kiosk/new-part.ts', "export const read = () => sessionStorage.getItem('natvana');\n")).toEqual([expect.stringContaining('safeStorage')]);
    expect(await lint('src/storage/new-part.ts', "export const read = () => window.localStorage.getItem('natvana');\n")).toEqual([]);
  });

  it('let the app put features together', async () => {
    expect(await lint('src/app/new-page.tsx', "import { LessonStep } from '../player/index.ts';\nexport { LessonStep };\n")).toEqual([]);
  });
});
