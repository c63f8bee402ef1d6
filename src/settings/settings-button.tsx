import type { i18n as I18n } from 'i18next';
import { type ComponentType, useState } from 'react';
import { useTranslation } from '../i18n/index.ts';
import { useAnnounce } from '../a11y/index.ts';

export interface SettingsPanelProps {
  onClose: () => void;
}

export interface SettingsButtonProps {
  /** Which words the button says: "Text och färg" in the header, "Ändra text och färg" on the start page. */
  label?: 'open' | 'openFromStart';
  /**
   * Downloads the panel (settings-panel.tsx's `settingsPanelFor`) and its strings on the first click. The app puts it in a chunk that
   * already holds React-using code loaded later (the lesson pages): a chunk of its own would make
   * the bundler split the framework out of the start page's chunk, which costs the start page more
   * than the panel itself. A failed download rejects, and the next click tries again.
   */
  loadPanel: (i18n: I18n) => Promise<ComponentType<SettingsPanelProps>>;
}

/** Letters for "text" beside a drop for "colour"; drawn with the text colour, so it follows every theme. */
function TextAndColourIcon() {
  return (
    <svg width="1.4em" height="1.4em" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M6.3 4h2.4l5.6 15h-2.4l-1.4-4H4.5l-1.4 4H.7zm-1.1 9h4.6L7.5 6.6zM18.5 8s-4 4.6-4 7.5a4 4 0 0 0 8 0C22.5 12.6 18.5 8 18.5 8zm0 2.9c1 1.3 2 3.2 2 4.6a2 2 0 0 1-4 0c0-1.4 1-3.3 2-4.6z" />
    </svg>
  );
}

/**
 * The button that opens the display settings, "Text och färg": in the
 * header of every page, and on the start page. The settings themselves are
 * already on the page before it paints (head-script.js); this only opens
 * the panel to change them. With scripts off it does nothing, like every
 * other setting would: there is nothing to keep them without scripts.
 */
export function SettingsButton({ label = 'open', loadPanel }: SettingsButtonProps) {
  const { t, i18n } = useTranslation('settings');
  const announce = useAnnounce();
  const [Panel, setPanel] = useState<ComponentType<SettingsPanelProps>>();
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);

  const openPanel = () => {
    loadPanel(i18n).then(
      (loaded) => {
        setPanel(() => loaded);
        setFailed(false);
        setOpen(true);
      },
      () => {
        setFailed(true);
        announce(t('loadFailed'));
      },
    );
  };

  return (
    <>
      <button type="button" className="settings-button" aria-haspopup="dialog" onClick={openPanel}>
        <TextAndColourIcon />
        {t(label)}
      </button>
      {/* Said by the announcer; shown here for those who see it. */}
      {failed && <span aria-hidden="true">{t('loadFailed')}</span>}
      {Panel && open && <Panel onClose={() => setOpen(false)} />}
    </>
  );
}
