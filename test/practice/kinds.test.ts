import { describe, expect, it } from 'vitest';
import { isWorkingPracticeKind, practiceKinds, workingPracticeKinds } from '../../src/practice/kinds.ts';
import { practiceRegistry } from '../../src/practice/registry.ts';

describe('the practice kinds the lesson pipeline accepts', () => {
  it('are exactly the kinds with a component in the registry', () => {
    expect(Object.keys(practiceRegistry).sort()).toEqual([...workingPracticeKinds].sort());
  });

  it('are all among the planned kinds', () => {
    for (const kind of workingPracticeKinds) expect(practiceKinds).toContain(kind);
    expect(isWorkingPracticeKind('inbox')).toBe(false);
    expect(isWorkingPracticeKind('e-id')).toBe(true);
  });
});
