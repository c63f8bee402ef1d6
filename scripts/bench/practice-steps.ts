/**
 * What each practice costs the lesson step that shows it: for every practice
 * scenario a Swedish lesson embeds, the JavaScript and CSS its step downloads
 * until the practice can be used, beyond what a plain step of the same lesson
 * downloads. That is the player's budget question for a practice ("the step
 * with the inbox within 15 kB gzip beyond the player"): the lesson's own
 * words and the player are already paid for by the plain step.
 *
 * Each load is a fresh browser context (nothing cached, no service worker)
 * on an unthrottled line: only which files arrive matters here, not when.
 * The steps are found in the lessons, so a new practice is measured the day
 * a lesson embeds it.
 */
import { type Browser, chromium } from 'playwright-core';
import type { LessonNode } from '../../src/content/index.ts';
import type { Request } from './lighthouse-run.ts';

export interface PracticeStep {
  kind: string;
  scenario: string;
  lesson: string;
  /** The step's number in its lesson, from 1. */
  step: number;
  route: string;
  /** A step of the same lesson with no practice: what the lesson costs without it. */
  plainRoute: string;
}

function practicesIn(nodes: readonly LessonNode[]): { kind: string; scenario: string }[] {
  return nodes.flatMap((node) => {
    if (typeof node === 'string') return [];
    if (node.type === 'practice') return [{ kind: node.kind, scenario: node.scenario }];
    if ('children' in node) return practicesIn(node.children);
    return [];
  });
}

/** What this measure reads of a lesson. */
export interface LessonOutline {
  id: string;
  lang: string;
  steps: readonly { body: readonly LessonNode[] }[];
}

/** Every practice scenario the lessons in `language` embed, each at the first step that shows it. */
export function practiceStepsOf(lessons: readonly LessonOutline[], language: string): PracticeStep[] {
  const seen = new Set<string>();
  const steps: PracticeStep[] = [];
  for (const lesson of lessons.filter((candidate) => candidate.lang === language)) {
    const plainIndex = lesson.steps.findIndex((step) => practicesIn(step.body).length === 0);
    if (plainIndex < 0) continue;
    for (const [index, step] of lesson.steps.entries()) {
      for (const practice of practicesIn(step.body)) {
        const key = `${practice.kind}/${practice.scenario}`;
        if (seen.has(key)) continue;
        seen.add(key);
        steps.push({
          ...practice,
          lesson: lesson.id,
          step: index + 1,
          route: `${language}/lesson/${lesson.id}/${index + 1}/`,
          plainRoute: `${language}/lesson/${lesson.id}/${plainIndex + 1}/`,
        });
      }
    }
  }
  return steps.sort((a, b) => a.kind.localeCompare(b.kind) || a.scenario.localeCompare(b.scenario));
}

const resourceTypes: Partial<Record<string, string>> = { script: 'Script', stylesheet: 'Stylesheet' };

/**
 * The scripts and stylesheets a fresh visit to `url` downloads until the page
 * is ready (and, with `practiceRegion`, until that practice can be used) and
 * the network has gone quiet, named as Lighthouse names them.
 */
async function filesOf(browser: Browser, url: string, practiceRegion?: string): Promise<Request[]> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const requests: Request[] = [];
    page.on('request', (request) => {
      const resourceType = resourceTypes[request.resourceType()];
      if (resourceType) requests.push({ url: request.url(), resourceType });
    });
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.natvana === 'ready', undefined, { timeout: 60_000 });
    if (practiceRegion) {
      await page.waitForFunction(
        (name) => {
          const region = [...document.querySelectorAll('section[aria-label]')].find((section) => section.getAttribute('aria-label') === name);
          return Boolean(region && !region.querySelector('[aria-busy="true"]') && region.querySelector('button:not([disabled]), input:not([disabled])'));
        },
        practiceRegion,
        { timeout: 60_000 },
      );
    }
    await page.waitForLoadState('networkidle');
    return requests;
  } finally {
    await context.close();
  }
}

export interface PracticeStepFiles {
  step: PracticeStep;
  /** What the practice step downloaded. */
  files: Request[];
  /** What the plain step of the same lesson downloaded. */
  plainFiles: Request[];
}

/** Loads each practice step and its lesson's plain step once, through the browser at `cdpPort`. */
export async function practiceStepFiles(cdpPort: number, siteUrl: string, steps: readonly PracticeStep[], practiceRegion: string): Promise<PracticeStepFiles[]> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`);
  try {
    const plain = new Map<string, Request[]>();
    const measured: PracticeStepFiles[] = [];
    for (const step of steps) {
      const plainFiles = plain.get(step.plainRoute) ?? (await filesOf(browser, siteUrl + step.plainRoute));
      plain.set(step.plainRoute, plainFiles);
      measured.push({ step, files: await filesOf(browser, siteUrl + step.route, practiceRegion), plainFiles });
    }
    return measured;
  } finally {
    await browser.close();
  }
}
