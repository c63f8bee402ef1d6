// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Button, Dialog } from '../../src/ui/index.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { installDialogPolyfill } from '../helpers/browser-apis.ts';
import { renderInLanguage } from '../helpers/render-player.tsx';

beforeAll(() => {
  installDialogPolyfill();
});

/** A page with a button that opens a dialog; the dialog's own button closes it. */
function Page({ onCancel, onClose }: { onCancel?: () => void; onClose?: () => void }) {
  const [open, setOpen] = useState(false);
  const close = () => {
    onClose?.();
    setOpen(false);
  };
  return (
    <main>
      <Button onClick={() => setOpen(true)}>Lämna lektionen</Button>
      <Dialog open={open} onClose={close} onCancel={onCancel} title="Vill du lämna lektionen?" description="Du kan komma tillbaka till samma steg senare.">
        <Button onClick={close}>Stanna kvar</Button>
      </Dialog>
    </main>
  );
}

const opener = () => screen.getByRole('button', { name: 'Lämna lektionen' });
const dialog = () => screen.getByRole('dialog', { name: 'Vill du lämna lektionen?' });

async function openDialog(props: Parameters<typeof Page>[0] = {}) {
  const rendered = await renderInLanguage(<Page {...props} />);
  await rendered.user.click(opener());
  return rendered;
}

describe('Dialog', () => {
  it('is closed until it is asked to open', async () => {
    await renderInLanguage(<Page />);
    expect(screen.getByText('Vill du lämna lektionen?').closest('dialog')).not.toHaveAttribute('open');
  });

  it('opens as a modal dialog named by its heading and described by its sentence', async () => {
    await openDialog();
    expect(dialog()).toHaveAttribute('open');
    expect(dialog()).toHaveAccessibleDescription('Du kan komma tillbaka till samma steg senare.');
    expect(screen.getByRole('heading', { name: 'Vill du lämna lektionen?' })).toBeInTheDocument();
  });

  it('puts focus on its first control when it opens', async () => {
    await openDialog();
    expect(screen.getByRole('button', { name: 'Stanna kvar' })).toHaveFocus();
  });

  it('closes with Escape and gives focus back to the button that opened it', async () => {
    const onClose = vi.fn();
    const { user } = await openDialog({ onClose });
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
    expect(screen.getByText('Vill du lämna lektionen?').closest('dialog')).not.toHaveAttribute('open');
    expect(opener()).toHaveFocus();
  });

  it('gives focus back to the button that opened it when closed by its own button', async () => {
    const { user } = await openDialog();
    await user.click(screen.getByRole('button', { name: 'Stanna kvar' }));
    expect(opener()).toHaveFocus();
  });

  it('calls onCancel instead of onClose on Escape, and stays open until told to close', async () => {
    const onCancel = vi.fn();
    const onClose = vi.fn();
    const { user } = await openDialog({ onCancel, onClose });
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onClose).not.toHaveBeenCalled();
    expect(dialog()).toHaveAttribute('open');
  });

  it('gives axe nothing to report while open', async () => {
    const { container } = await openDialog();
    expect(describeViolations(await axeViolations(container))).toEqual([]);
  });
});
