import { describe, expect, it } from 'vitest';
import { durationOfPress } from '../../scripts/bench/on-the-page.ts';
import { nextPressBudgets } from '../../scripts/bench/report.ts';

describe('how long each press of Next took, as the benchmark reads it', () => {
  const pressedAt = [1_000, 2_000, 3_000];

  it('puts each reported interaction to the press it began after, and takes the longest', () => {
    const interactions = [
      { start: 1_004, duration: 88 },
      { start: 2_003, duration: 40 },
      { start: 2_010, duration: 56 },
      { start: 3_002, duration: 24 },
    ];
    expect(pressedAt.map((_at, press) => durationOfPress(interactions, pressedAt, press))).toEqual([88, 56, 24]);
  });

  it('counts a press Event Timing left out (under 16 ms) as 16 ms, so the first press stays the first', () => {
    const interactions = [{ start: 2_001, duration: 120 }];
    expect(pressedAt.map((_at, press) => durationOfPress(interactions, pressedAt, press))).toEqual([16, 120, 16]);
  });
});

describe('the budget for pressing Next', () => {
  it('holds the median first press and the median of the presses after it to 100 ms, each on its own', () => {
    const budgets = nextPressBudgets(
      [{ durations: [130, 40, 48] }, { durations: [96, 32, 40] }, { durations: [72, 24, 104] }],
      'sv/lesson/mail/1/',
    );
    expect(budgets.map((budget) => [budget.measured, budget.pass])).toEqual([
      ['96 ms', true],
      ['40 ms', true],
    ]);
  });

  it('fails when the first press is slow in most runs, though the presses after it are quick', () => {
    const budgets = nextPressBudgets([{ durations: [130, 16] }, { durations: [104, 16] }, { durations: [72, 16] }], 'sv/lesson/mail/1/');
    expect(budgets.map((budget) => budget.pass)).toEqual([false, true]);
    expect(budgets[0]?.name).toContain('first press');
  });

  it('fails, not passes, when nothing was measured', () => {
    expect(nextPressBudgets([], 'sv/lesson/mail/1/').map((budget) => [budget.measured, budget.pass])).toEqual([
      ['not measured', false],
      ['not measured', false],
    ]);
  });
});
