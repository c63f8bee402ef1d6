import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/content/index.ts';
import { loadInstructorNotes } from '../../src/content/instructor-notes.ts';

// The fixture lessons (test/fixtures/lessons-app), compiled by the lessons plugin in vitest.config.ts.
describe('loadInstructorNotes', () => {
  it('loads a lesson’s notes by the ids of the steps they stand in', async () => {
    const lesson = await loadLesson('sv', 'use-the-mouse');
    const notes = await loadInstructorNotes('sv', 'use-the-mouse');
    const stepIds = lesson?.steps.map((step) => step.id) ?? [];
    expect(Object.keys(notes?.steps ?? {}).length).toBeGreaterThan(0);
    for (const stepId of Object.keys(notes?.steps ?? {})) expect(stepIds).toContain(stepId);
    expect(JSON.stringify(notes)).toContain('Låt alla känna på musen först.');
    expect(JSON.stringify(lesson)).not.toContain('Låt alla känna på musen först.');
  });

  it('resolves to undefined for a lesson that does not exist', async () => {
    expect(await loadInstructorNotes('sv', 'no-such-lesson')).toBeUndefined();
  });
});
