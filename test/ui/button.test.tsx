// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ArrowIcon, Button, ButtonLink } from '../../src/ui/index.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { renderInLanguage } from '../helpers/render-player.tsx';

describe('Button', () => {
  it('is a button named by its words', async () => {
    await renderInLanguage(<Button>Uppdatera</Button>);
    expect(screen.getByRole('button', { name: 'Uppdatera' })).toHaveAttribute('type', 'button');
  });

  it('does not send the form it is in unless it is the form’s submit button', async () => {
    const onSubmit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    const { user } = await renderInLanguage(
      <form onSubmit={onSubmit} aria-label="Fråga">
        <Button variant="secondary">Senare</Button>
        <Button type="submit">Svara</Button>
      </form>,
    );
    await user.click(screen.getByRole('button', { name: 'Senare' }));
    expect(onSubmit).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Svara' }));
    expect(onSubmit).toHaveBeenCalledOnce();
  });

  it('is pressed with the keyboard: Tab to it, then Enter or Space', async () => {
    const onClick = vi.fn();
    const { user } = await renderInLanguage(<Button onClick={onClick}>Jag är kvar</Button>);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Jag är kvar' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('is primary unless asked to be secondary, keeping the classes it is given for placing it', async () => {
    await renderInLanguage(
      <>
        <Button>Uppdatera</Button>
        <Button variant="secondary" className="later">
          Senare
        </Button>
      </>,
    );
    expect(screen.getByRole('button', { name: 'Uppdatera' })).toHaveClass('button', 'button-primary');
    expect(screen.getByRole('button', { name: 'Senare' })).toHaveClass('button', 'button-secondary', 'later');
  });

  it('passes other attributes on to the button, such as the language of its words', async () => {
    await renderInLanguage(
      <Button lang="ar" dir="rtl">
        أجب
      </Button>,
    );
    expect(screen.getByRole('button', { name: 'أجب' })).toHaveAttribute('lang', 'ar');
  });
});

describe('ButtonLink', () => {
  const renderLinks = () =>
    renderInLanguage(
      <MemoryRouter initialEntries={['/sv/lesson/what-is-email/2/']}>
        <Routes>
          <Route
            path="/sv/lesson/what-is-email/2/"
            element={
              <nav aria-label="Steg">
                <ButtonLink variant="secondary" to="/sv/lesson/what-is-email/1/" rel="prev">
                  <ArrowIcon direction="back" />
                  Tillbaka
                </ButtonLink>
                <ButtonLink className="step-next" to="/sv/lesson/what-is-email/3/" rel="next">
                  Nästa
                  <ArrowIcon direction="forward" />
                </ButtonLink>
              </nav>
            }
          />
          <Route path="/sv/lesson/what-is-email/3/" element={<h1>Steg 3</h1>} />
        </Routes>
      </MemoryRouter>,
    );

  it('is a link with its address, looking like a button', async () => {
    await renderLinks();
    const next = screen.getByRole('link', { name: 'Nästa' });
    expect(next).toHaveAttribute('href', '/sv/lesson/what-is-email/3/');
    expect(next).toHaveAttribute('rel', 'next');
    expect(next).toHaveClass('button', 'button-primary', 'step-next');
    expect(screen.getByRole('link', { name: 'Tillbaka' })).toHaveClass('button', 'button-secondary');
  });

  it('moves to its page inside the app when followed', async () => {
    const { user } = await renderLinks();
    await user.click(screen.getByRole('link', { name: 'Nästa' }));
    expect(screen.getByRole('heading', { name: 'Steg 3' })).toBeInTheDocument();
  });

  it('gives axe nothing to report, beside a button', async () => {
    const { container } = await renderLinks();
    expect(describeViolations(await axeViolations(container))).toEqual([]);
  });
});
