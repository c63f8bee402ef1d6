// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CalloutNode } from '../../src/content/types.ts';
import { Callout } from '../../src/player/callout.tsx';
import { renderInLanguage } from '../helpers/render-player.tsx';

const callout = (kind: CalloutNode['kind'], title?: string): CalloutNode => ({
  type: 'callout',
  kind,
  ...(title === undefined ? {} : { title }),
  children: [],
});

describe('Callout', () => {
  it('is a region named "Tips" for a tip without its own title', async () => {
    await renderInLanguage(
      <Callout callout={callout('tip')}>
        <p>Du kan alltid gå tillbaka ett steg.</p>
      </Callout>,
    );
    const region = screen.getByRole('region', { name: 'Tips' });
    expect(within(region).getByText('Du kan alltid gå tillbaka ett steg.')).toBeInTheDocument();
  });

  it('is a region named "Varning" for a warning without its own title', async () => {
    await renderInLanguage(
      <Callout callout={callout('warning')}>
        <p>Ge aldrig ditt lösenord till någon som ringer dig.</p>
      </Callout>,
    );
    const region = screen.getByRole('region', { name: 'Varning' });
    expect(within(region).getByText('Ge aldrig ditt lösenord till någon som ringer dig.')).toBeInTheDocument();
  });

  it('is named by the author’s own title when it has one', async () => {
    await renderInLanguage(
      <Callout callout={callout('tip', 'Kom ihåg')}>
        <p>Du kan alltid be om hjälp på biblioteket.</p>
      </Callout>,
    );
    expect(screen.getByRole('region', { name: 'Kom ihåg' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Tips' })).not.toBeInTheDocument();
  });

  it('uses the interface language for the default title', async () => {
    await renderInLanguage(
      <Callout callout={callout('warning')}>
        <p>Never give your password to someone who calls you.</p>
      </Callout>,
      'en',
    );
    expect(screen.getByRole('region', { name: 'Warning' })).toBeInTheDocument();
  });
});
