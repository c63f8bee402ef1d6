// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { LessonNode } from '../../src/content/types.ts';
import { LessonContent } from '../../src/player/lesson-content.tsx';
import { LessonLinksContext } from '../../src/player/lesson-links.tsx';
import { nameWithHiddenText } from '../helpers/names.ts';
import { renderInLanguage } from '../helpers/render-player.tsx';

const renderNodes = (nodes: LessonNode[]) =>
  renderInLanguage(
    <MemoryRouter>
      <LessonLinksContext.Provider value={{ lessonHref: (lessonId) => `/sv/lesson/${lessonId}/1/`, glossaryHref: (termId) => `/sv/glossary/#word-${termId}` }}>
        <LessonContent nodes={nodes} />
      </LessonLinksContext.Provider>
    </MemoryRouter>,
  );

describe('LessonContent', () => {
  it('tells screen-reader users that a web link leaves Nätvana', async () => {
    await renderNodes([
      { type: 'element', tag: 'p', children: [{ type: 'link', href: 'https://www.skatteverket.se', children: ['Skatteverket'] }] },
    ]);
    const link = screen.getByRole('link', { name: nameWithHiddenText('Skatteverket', '(öppnar en annan webbplats)') });
    expect(link).toHaveAttribute('href', 'https://www.skatteverket.se');
  });

  it('links to another lesson at the address the app gives it', async () => {
    await renderNodes([
      { type: 'element', tag: 'p', children: [{ type: 'link', lessonId: 'what-is-email', children: ['Läs om e-post'] }] },
    ]);
    expect(screen.getByRole('link', { name: 'Läs om e-post' })).toHaveAttribute('href', '/sv/lesson/what-is-email/1/');
  });

  it('shows a picture with the author’s alt text as its name', async () => {
    await renderNodes([{ type: 'image', src: '/images/inbox.svg', alt: 'En inkorg med tre brev.' }]);
    expect(screen.getByRole('img', { name: 'En inkorg med tre brev.' })).toHaveAttribute('src', '/images/inbox.svg');
  });

  it('draws a subheading at the level the author wrote', async () => {
    await renderNodes([{ type: 'element', tag: 'h3', children: ['Så går du vidare'] }]);
    expect(screen.getByRole('heading', { level: 3, name: 'Så går du vidare' })).toBeInTheDocument();
  });
});
