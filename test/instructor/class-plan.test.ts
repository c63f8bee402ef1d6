import { describe, expect, it } from 'vitest';
import { addLesson, clockTime, moveLesson, planFragment, planFromFragment, planTimings, removeLesson, startMinutes } from '../../src/instructor/class-plan.ts';

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

describe('the session’s clock', () => {
  it('gives each lesson its place from the lessons’ minutes, in order', () => {
    expect(planTimings([15, 20, 5])).toEqual([
      { from: 0, to: 15 },
      { from: 15, to: 35 },
      { from: 35, to: 40 },
    ]);
    expect(planTimings([])).toEqual([]);
  });

  it('shows hours and minutes from 0:00, or the time of day from a start time', () => {
    expect([0, 15, 35, 65, 125].map((minutes) => clockTime(minutes))).toEqual(['0:00', '0:15', '0:35', '1:05', '2:05']);
    expect(clockTime(15, 9 * 60 + 50)).toBe('10:05');
    expect(clockTime(30, 23 * 60 + 45)).toBe('0:15');
  });

  it('reads a start time as a time field gives it, and nothing else', () => {
    expect(startMinutes('09:30')).toBe(570);
    expect(startMinutes('9:05')).toBe(545);
    expect(['', '24:00', '9.30', 'kl 9'].map(startMinutes)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
