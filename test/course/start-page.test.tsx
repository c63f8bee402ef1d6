// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadWhatPageNeeds } from '../../src/app/routes.ts';
import { renderApp } from '../helpers/render-app.tsx';

/** The fixture's modules (test/fixtures/lessons-app), in the order test/fixtures/library-app.json shows them: not alphabetical. */
const modules = [
  { id: 'first-steps', sv: 'Första stegen', en: 'First steps' },
  { id: 'browse-the-web', sv: 'Webben', en: 'The web' },
];

describe('the start page', () => {
  it('has exactly one h1, the page’s own heading', async () => {
    await renderApp('/sv/');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Lär dig använda internet');
  });

  it('lists the library’s modules, in its order, each as a link inside a heading', async () => {
    await renderApp('/sv/');
    const moduleHeadings = screen.getAllByRole('heading', { level: 3 });
    expect(moduleHeadings.map((heading) => within(heading).getByRole('link').getAttribute('href'))).toEqual(
      modules.map((module) => `/sv/module/${module.id}/`),
    );
  });

  it.each(modules)('names the module $id by its title, in its heading and its link', async ({ id, sv }) => {
    await renderApp('/sv/');
    const heading = screen.getByRole('heading', { level: 3, name: sv });
    expect(within(heading).getByRole('link', { name: sv })).toHaveAttribute('href', `/sv/module/${id}/`);
  });

  it('puts the module headings under a heading that says what to do', async () => {
    await renderApp('/sv/');
    expect(screen.getByRole('heading', { level: 2, name: 'Välj vad du vill lära dig' })).toBeInTheDocument();
  });

  it('is shown in Swedish at the root address, with Swedish links', async () => {
    await renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Lär dig använda internet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Webben' })).toHaveAttribute('href', '/sv/module/browse-the-web/');
  });

  it('is shown in English at /en/, with the modules’ English titles', async () => {
    await renderApp('/en/');
    expect(screen.getByRole('heading', { level: 1, name: 'Learn to use the internet' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(
      modules.map((module) => module.en),
    );
  });

  it('asks for each module’s picture once the app has started, with a same-size box in its place before', async () => {
    const { container } = await renderApp('/sv/');
    const pictures = [...container.querySelectorAll('.module-tile > img.module-picture')];
    expect(pictures).toHaveLength(modules.length);
    for (const picture of pictures) {
      expect(picture).toHaveAttribute('alt', '');
      expect(picture.getAttribute('src')).toMatch(/^(data:image\/svg\+xml,|\/).+/);
    }
  });

  it('prerenders no picture the browser would ask for before the first paint: each waits in a box, shown without scripts', async () => {
    const { renderToString } = await import('react-dom/server');
    const { StaticRouter } = await import('react-router');
    const { App } = await import('../../src/app/app.tsx');
    await loadWhatPageNeeds('/sv/');
    const page = document.createElement('div');
    page.innerHTML = renderToString(
      <StaticRouter location="/sv/">
        <App />
      </StaticRouter>,
    );
    const tiles = [...page.querySelectorAll('.module-tile')];
    expect(tiles).toHaveLength(modules.length);
    for (const tile of tiles) {
      expect(tile.querySelector('img')).toBeNull();
      const box = tile.querySelector('span.module-picture');
      expect(box?.querySelector('noscript')?.innerHTML).toMatch(/^<img src="[^"]+" alt="" width="160" height="120"\/?>$/);
    }
  });

  it('opens a module when its link is followed', async () => {
    const { user } = await renderApp('/sv/');
    await user.click(screen.getByRole('link', { name: 'Webben' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Webben' })).toBeInTheDocument();
  });
});
