/**
 * A lesson's steps, in one chunk, so moving on through a lesson needs no
 * further download; its done page is a chunk of its own, fetched as soon as
 * the last step shows, so finishing needs none either. Nothing else is here:
 * a learner who opens a lesson from the start page downloads the player and
 * nothing of the other pages (taking progress home, the glossary, the site's
 * own pages).
 *
 * The practice kinds' registry (each kind's loader) comes with this chunk,
 * handed to the step page here, so the start page's download carries none of it.
 */
import type { ComponentType } from 'react';
import { lessonStepPage } from '../../lesson/lesson-step-page.tsx';
import { practiceRegistry } from '../../practice/index.ts';
import { instructorPagesChunk } from '../instructor-pages-chunk.ts';

let stepPage: ComponentType | undefined;

/**
 * The step page, once, handed how to fetch the done page's chunk ahead. The
 * route table hands that in: the done page's chunk builds on this one (see
 * chunks/lesson-done.ts), so this one may not import it.
 */
export function lessonStepPageWith(prepareDonePage: () => void): ComponentType {
  stepPage ??= lessonStepPage({
    practices: practiceRegistry,
    // The step notes come with the instructor's chunk, which a learner's step never downloads.
    loadStepNotes: (language) => instructorPagesChunk.load().then((pages) => (pages.withInstructorStringsIn(language) ? pages.StepNotes : undefined)),
    prepareDonePage,
  });
  return stepPage;
}
