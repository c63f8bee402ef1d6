import { type ComponentType, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { loadLessonIndex } from '../content/index.ts';
import { loadNamespace, type UiLanguage, useTranslation, useUiLanguage } from '../i18n/index.ts';
import type * as EraseDialogChunk from './erase-dialog.tsx';

type EraseChunk = typeof EraseDialogChunk;

/**
 * The dialog is a chunk of its own, with the take-home code it shows first,
 * and its words are the take-home strings: both download on first use, from
 * any page; a failed download is tried again next time.
 */
let loadedChunk: EraseChunk | undefined;
const loadedLanguages = new Set<UiLanguage>();
const loadChunk = (language: UiLanguage): Promise<EraseChunk> =>
  // The take-home code names lessons from the lesson index, which a lesson step does not otherwise load.
  Promise.all([import('./erase-dialog.tsx'), loadNamespace(language, 'transfer'), loadLessonIndex()]).then(([dialog]) => {
    loadedChunk = dialog;
    loadedLanguages.add(language);
    return dialog;
  });

/**
 * "Finish and erase my data", on every page: a small button whose dialog
 * downloads when it is pressed, so the start page carries only the button.
 */
export function EraseButton() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [Dialog, setDialog] = useState<EraseChunk['EraseDialog']>();
  const [open, setOpen] = useState(false);
  const openDialog = () =>
    void loadChunk(language).then(
      (loaded) => {
        // Mounted closed first, then opened: a dialog that mounts open is closed again by StrictMode's trial unmount.
        flushSync(() => setDialog(() => loaded.EraseDialog));
        setOpen(true);
      },
      // Not downloaded (offline, not cached): nothing is erased without the question; pressing again tries again.
      () => undefined,
    );
  return (
    <>
      <button type="button" className="erase-button" onClick={openDialog} aria-haspopup="dialog">
        {t('eraseMyData')}
      </button>
      {Dialog && <Dialog open={open} onClose={() => setOpen(false)} />}
    </>
  );
}

/**
 * The kiosk warning's code note, from the same chunk. Where kiosk mode is on,
 * the chunk downloads with the page (see KioskCodeNotePreload), so the note is
 * there the moment the warning opens, with nothing arriving while the learner reads.
 */
export function LazyKioskCodeNote() {
  const language = useUiLanguage();
  const [Note, setNote] = useState<ComponentType | undefined>(() => (loadedChunk && loadedLanguages.has(language) ? loadedChunk.KioskCodeNote : undefined));
  useEffect(() => {
    if (Note) return;
    let current = true;
    void loadChunk(language).then(
      (loaded) => current && setNote(() => loaded.KioskCodeNote),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [language, Note]);
  return Note ? <Note /> : null;
}

/** Downloads the kiosk warning's code note ahead of the warning; renders nothing. */
export function KioskCodeNotePreload() {
  const language = useUiLanguage();
  useEffect(() => {
    loadChunk(language).catch(() => undefined);
  }, [language]);
  return null;
}
