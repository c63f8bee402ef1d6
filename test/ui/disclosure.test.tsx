// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Disclosure } from '../../src/ui/index.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { renderInLanguage } from '../helpers/render-player.tsx';

const renderDisclosure = (defaultOpen?: boolean) =>
  renderInLanguage(
    <Disclosure summary="Visa hur du gör" defaultOpen={defaultOpen}>
      <p>Tryck på knappen Nästa längst ner.</p>
    </Disclosure>,
  );
const button = () => screen.getByRole('button', { name: 'Visa hur du gör' });
const content = () => screen.getByText('Tryck på knappen Nästa längst ner.');

describe('Disclosure', () => {
  it('is a collapsed button named by its words, with its content hidden', async () => {
    await renderDisclosure();
    expect(button()).toHaveAttribute('aria-expanded', 'false');
    expect(button()).toHaveAttribute('type', 'button');
    expect(content()).not.toBeVisible();
  });

  it('says which element it shows and hides', async () => {
    await renderDisclosure();
    expect(button()).toHaveAttribute('aria-controls', content().parentElement?.id);
  });

  it('shows its content and reports itself expanded when pressed, and hides it when pressed again', async () => {
    const { user } = await renderDisclosure();
    await user.click(button());
    expect(button()).toHaveAttribute('aria-expanded', 'true');
    expect(content()).toBeVisible();
    await user.click(button());
    expect(button()).toHaveAttribute('aria-expanded', 'false');
    expect(content()).not.toBeVisible();
  });

  it('opens with the keyboard and closes with Escape, keeping focus on the button', async () => {
    const { user } = await renderDisclosure();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(content()).toBeVisible();
    await user.keyboard('{Escape}');
    expect(content()).not.toBeVisible();
    expect(button()).toHaveFocus();
  });

  it('can start open', async () => {
    await renderDisclosure(true);
    expect(button()).toHaveAttribute('aria-expanded', 'true');
    expect(content()).toBeVisible();
  });

  it('gives axe nothing to report, closed or open', async () => {
    const { container, user } = await renderDisclosure();
    expect(describeViolations(await axeViolations(container))).toEqual([]);
    await user.click(button());
    expect(describeViolations(await axeViolations(container))).toEqual([]);
  });
});
