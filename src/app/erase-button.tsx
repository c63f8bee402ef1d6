import { type ComponentType, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { endSharedSession } from './end-shared-session.ts';

import type * as EraseDialogModule from './erase-dialog.tsx';

type EraseChunk = typeof EraseDialogModule;
let chunk: Promise<EraseChunk> | undefined;
/** The dialog's code downloads on first use; a failed download is tried again next time. */
const loadChunk = () =>
  (chunk ??= import('./erase-dialog.tsx').catch((error: unknown) => {
    chunk = undefined;
    throw error;
  }));

/**
 * "Finish and erase my data", on every page: a small button whose dialog
 * downloads when it is pressed, so the start page carries only the button.
 */
export function EraseButton() {
  const { t } = useTranslation('transfer');
  const [Dialog, setDialog] = useState<EraseChunk['EraseDialog']>();
  const [open, setOpen] = useState(false);
  const openDialog = () =>
    void loadChunk().then(
      (loaded) => {
        // Mounted closed first, then opened: a dialog that mounts open is closed again by StrictMode's trial unmount.
        flushSync(() => setDialog(() => loaded.EraseDialog));
        setOpen(true);
      },
      // The dialog could not download (offline, not cached): the browser's own question, without the code.
      () => {
        if (window.confirm(`${t('erase.heading')} ${t('erase.text')}`)) endSharedSession();
      },
    );
  return (
    <>
      <button type="button" className="erase-button" onClick={openDialog} aria-haspopup="dialog">
        {t('erase.button')}
      </button>
      {Dialog && <Dialog open={open} onClose={() => setOpen(false)} />}
    </>
  );
}

/** The kiosk warning's code note, from the same chunk, downloaded when the warning shows. */
export function LazyKioskCodeNote() {
  const [Note, setNote] = useState<ComponentType>();
  useEffect(() => {
    let current = true;
    void loadChunk().then(
      (loaded) => current && setNote(() => loaded.KioskCodeNote),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return Note ? <Note /> : null;
}
