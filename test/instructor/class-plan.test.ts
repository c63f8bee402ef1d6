import { describe, expect, it } from 'vitest';
import { addLesson, moveLesson, planFragment, planFromFragment, removeLesson } from '../../src/instructor/class-plan.ts';

const known = new Set(['use-the-mouse', 'use-the-keyboard', 'find-a-web-page']);

describe('a class plan', () => {
  it('adds a lesson once, at the end', () => {
    expect(addLesson(addLesson(['use-the-mouse'], 'find-a-web-page'), 'use-the-mouse')).toEqual(['use-the-mouse', 'find-a-web-page']);
  });

  it('moves a lesson one place, and not past either end', () => {
    const plan = ['use-the-mouse', 'use-the-keyboard', 'find-a-web-page'];
    expect(moveLesson(plan, 'find-a-web-page', -1)).toEqual(['use-the-mouse', 'find-a-web-page', 'use-the-keyboard']);
    expect(moveLesson(plan, 'use-the-mouse', -1)).toBe(plan);
    expect(moveLesson(plan, 'find-a-web-page', 1)).toBe(plan);
  });

  it('removes a lesson', () => {
    expect(removeLesson(['use-the-mouse', 'find-a-web-page'], 'use-the-mouse')).toEqual(['find-a-web-page']);
  });

  it('comes back from its link in the same order', () => {
    const plan = ['find-a-web-page', 'use-the-mouse', 'use-the-keyboard'];
    expect(planFromFragment(`#${planFragment(plan)}`, known)).toEqual(plan);
  });

  it('keeps only lessons that exist here, once each, from a link', () => {
    expect(planFromFragment('#lessons=use-the-mouse,no-such-lesson,use-the-mouse,<script>,find-a-web-page', known)).toEqual([
      'use-the-mouse',
      'find-a-web-page',
    ]);
    expect(planFromFragment('#something=else', known)).toEqual([]);
  });
});
