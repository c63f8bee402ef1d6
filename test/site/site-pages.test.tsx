// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LibraryContact } from '../../src/site/site-page.tsx';
import { renderInLanguage } from '../helpers/render-player.tsx';
import { renderApp } from '../helpers/render-app.tsx';

// The pages' text comes from test/fixtures/site-pages-app, the contact from test/fixtures/library-app.json.

describe('the accessibility statement', () => {
  it.each([
    ['sv', 'Tillgänglighet i testet'],
    ['en', 'Accessibility in the test'],
    ['ar', 'إمكانية الوصول في الاختبار'],
  ] as const)('is a page in %s with its title as its one h1 and as the page title', async (language, title) => {
    await renderApp(`/${language}/accessibility/`);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(document.title).toBe(`${title} – Nätvana`);
  });

  it('puts each section under an h2 and a smaller heading under an h3, in order', async () => {
    await renderApp('/sv/accessibility/');
    const levels = screen.getAllByRole('heading').map((heading) => Number(heading.tagName.slice(1)));
    expect(levels).toEqual([1, 2, 3, 2]);
    expect(screen.getByRole('heading', { level: 2, name: 'Known gaps' })).toHaveAttribute('id', 'known-gaps');
  });

  it('shows the Markdown as the lessons do: paragraphs, lists and a tip', async () => {
    await renderApp('/sv/accessibility/');
    expect(screen.getByText('An introduction to the test page (sv).')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toContain('The second gap.');
    expect(screen.getByText('A tip box on a site page.')).toBeInTheDocument();
  });

  it('shows who to tell where the text asks for it: the library’s staff, when library.json names no contact', async () => {
    await renderApp('/sv/accessibility/');
    const report = screen.getByRole('region', { name: 'Report a problem' });
    expect(within(report).getByText('Fråga personalen på ditt bibliotek. De hjälper dig och tar emot det du berättar.')).toBeInTheDocument();
  });

  it('is reached from the footer of every page', async () => {
    const { user } = await renderApp('/sv/module/first-steps/');
    await user.click(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Tillgänglighet' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tillgänglighet i testet' })).toBeInTheDocument();
  });
});

describe('the library’s contact on the statement', () => {
  it('is the library’s own text in the interface language', async () => {
    await renderInLanguage(<LibraryContact library={{ contact: { sv: 'Ring oss.', en: 'Call us.' }, helpDeskHours: { sv: 'Mån–fre 10–16', en: 'Mon–Fri 10–16' } }} />, 'en');
    expect(screen.getByText('Call us.')).toBeInTheDocument();
    expect(screen.getByText('Mon–Fri 10–16')).toBeInTheDocument();
  });

  it('asks the learner to turn to the library’s staff when the library has given no contact', async () => {
    await renderInLanguage(<LibraryContact library={{}} />);
    expect(screen.getByText('Fråga personalen på ditt bibliotek. De hjälper dig och tar emot det du berättar.')).toBeInTheDocument();
  });

  it('has the default in Arabic too', async () => {
    await renderInLanguage(<LibraryContact library={{}} />, 'ar');
    expect(screen.getByText(/اسأل الموظفين في مكتبتك/)).toBeInTheDocument();
  });
});

describe('the privacy page', () => {
  it('lists the keys under which things are stored', async () => {
    await renderApp('/sv/privacy/');
    expect(screen.getByRole('heading', { level: 1, name: 'Sparat i testet' })).toBeInTheDocument();
    expect(screen.getByText('natvana-progress')).toBeInTheDocument();
    expect(screen.getByText('natvana-settings')).toBeInTheDocument();
  });

  it('marks a link that leaves Nätvana as such, as in lessons', async () => {
    await renderApp('/en/privacy/');
    expect(screen.getByRole('link', { name: /the law/ })).toHaveAttribute('href', 'https://www.example.org/law');
  });

  it('is reached from the footer, and from the About page', async () => {
    const { user } = await renderApp('/sv/about/');
    expect(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Det här sparar Nätvana' })).toHaveAttribute('href', '/sv/privacy/');
    await user.click(screen.getByRole('link', { name: 'Läs exakt vad som sparas och hur du raderar det' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sparat i testet' })).toBeInTheDocument();
  });
});
