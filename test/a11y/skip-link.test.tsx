// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render-app.tsx';

describe('the skip link', () => {
  it('is the first thing Tab reaches', async () => {
    const { user } = await renderApp('/sv/lesson/use-the-mouse/1/');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Hoppa till innehållet' })).toHaveFocus();
  });

  it('leads to the main content, which can take focus', async () => {
    await renderApp('/sv/lesson/use-the-mouse/1/');
    const target = screen.getByRole('link', { name: 'Hoppa till innehållet' }).getAttribute('href') ?? '';
    expect(target).toMatch(/^#./);
    const main = screen.getByRole('main');
    expect(main).toHaveAttribute('id', target.slice(1));
    expect(main).toHaveAttribute('tabindex', '-1');
  });

  it('is in the interface language', async () => {
    await renderApp('/ar/');
    expect(screen.getByRole('link', { name: 'انتقل إلى المحتوى' })).toHaveAttribute('href', '#main');
  });
});
