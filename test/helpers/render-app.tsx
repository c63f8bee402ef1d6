import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { StrictMode } from 'react';
import { MemoryRouter } from 'react-router';
import type { AppSeams } from '../../src/app/app-seams.tsx';
import { App } from '../../src/app/app.tsx';
import { loadWhatPageNeeds } from '../../src/app/routes.ts';

export interface RenderedApp extends RenderResult {
  user: UserEvent;
}

/**
 * Renders the whole app at `path` the way the browser entry does, in
 * StrictMode: what the page needs (its strings, its code, its lesson) is
 * loaded first, as the route table says, so the first render is the
 * finished page and not a loading state. `seams` replaces what the app
 * joins its features with (what lessons report to, the practice components).
 */
export async function renderApp(path: string, seams?: AppSeams): Promise<RenderedApp> {
  // As the browser entry does, by the address's path alone: a query or a fragment (`#word-…`) names no other page.
  await loadWhatPageNeeds(new URL(path, 'https://natvana.test').pathname);
  const user = userEvent.setup();
  const rendered = render(
    <StrictMode>
      <MemoryRouter initialEntries={[path]}>
        <App {...(seams ? { seams } : {})} />
      </MemoryRouter>
    </StrictMode>,
  );
  return { user, ...rendered };
}
