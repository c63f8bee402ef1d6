// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';

/** The page tests trust an empty list from the helper; these show that it does report problems. */
describe('the axe helper', () => {
  it('reports a button with no name', async () => {
    const { container } = render(
      <button type="button">
        <svg aria-hidden="true" />
      </button>,
    );
    expect((await axeViolations(container)).map((violation) => violation.id)).toContain('button-name');
  });

  it('reports a picture with no alt text', async () => {
    // eslint-disable-next-line jsx-a11y/alt-text -- the missing alt text is what this test is about
    const { container } = render(<img src="/picture.svg" />);
    expect((await axeViolations(container)).map((violation) => violation.id)).toContain('image-alt');
  });

  it('reports a form field with no label', async () => {
    const { container } = render(<input type="radio" name="answer" value="a" />);
    expect((await axeViolations(container)).map((violation) => violation.id)).toContain('label');
  });
});
