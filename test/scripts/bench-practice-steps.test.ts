import { describe, expect, it } from 'vitest';
import { practiceStepsOf, type LessonOutline } from '../../scripts/bench/practice-steps.ts';
import { practiceBudgets } from '../../scripts/bench/report.ts';

const practice = (kind: string, scenario: string) => ({ type: 'practice' as const, kind, scenario });
const lessons: LessonOutline[] = [
  { id: 'mail', lang: 'sv', steps: [{ body: ['Läs först.'] }, { body: [practice('inbox', 'first')] }, { body: [{ type: 'callout', kind: 'tip', children: [practice('inbox', 'second')] }] }] },
  { id: 'mail-again', lang: 'sv', steps: [{ body: [practice('inbox', 'first')] }, { body: ['Slut.'] }] },
  { id: 'only-practice', lang: 'sv', steps: [{ body: [practice('pointer', 'click')] }] },
  { id: 'mail', lang: 'en', steps: [{ body: ['Read first.'] }, { body: [practice('keyboard', 'type')] }] },
];

describe('the practice steps the benchmark measures', () => {
  it('finds each scenario at the first step that shows it, inside callouts too, with a plain step of the same lesson', () => {
    expect(practiceStepsOf(lessons, 'sv')).toEqual([
      { kind: 'inbox', scenario: 'first', lesson: 'mail', step: 2, route: 'sv/lesson/mail/2/', plainRoute: 'sv/lesson/mail/1/' },
      { kind: 'inbox', scenario: 'second', lesson: 'mail', step: 3, route: 'sv/lesson/mail/3/', plainRoute: 'sv/lesson/mail/1/' },
    ]);
  });

  it('reads one language at a time', () => {
    expect(practiceStepsOf(lessons, 'en').map((step) => step.route)).toEqual(['en/lesson/mail/2/']);
  });

  it('holds each practice to 15 kB of JavaScript beyond its lesson’s step, and names the one that goes over', () => {
    const asset = (path: string, gzip: number, kind: 'js' | 'css' = 'js') => ({ path, kind, raw: gzip * 3, gzip });
    const budgets = practiceBudgets([
      { kind: 'inbox', scenario: 'first', route: 'sv/lesson/mail/2/', extra: [asset('assets/view.js', 9_000), asset('assets/view.css', 9_000, 'css'), asset('assets/first.js', 2_000)] },
      { kind: 'inbox', scenario: 'second', route: 'sv/lesson/mail/3/', extra: [asset('assets/view.js', 9_000), asset('assets/compose.js', 6_001)] },
    ]);
    expect(budgets.map((budget) => [budget.measured, budget.pass])).toEqual([
      ['11.0 kB', true],
      ['15.0 kB', false],
    ]);
    expect(budgets[1]?.name).toContain('inbox / second');
  });
});
