import type { i18n as I18n } from 'i18next';
import { type ComponentType, useId, useState } from 'react';
import { useTranslation } from '../i18n/index.ts';
import { type LazyStringsFiles, loadStrings } from '../i18n/strings-files.ts';
import { useAnnounce } from '../a11y/index.ts';
import { Button, Dialog } from '../ui/index.ts';
import type { SettingsPanelProps } from './settings-button.tsx';
import { writeSettings } from './settings-storage.ts';
import { type DisplaySettings, type TextSize, type Theme, applySettings, settingsOf, textSizes, themes } from './settings.ts';

/**
 * The panel's own strings, one small file per language, downloaded with the panel and merged into the
 * `settings` namespace (which holds the button's few words from the start): the start page's download
 * carries only what its first paint needs.
 */
const panelStrings: LazyStringsFiles = import.meta.glob<{ default: Record<string, unknown> }>('../i18n/locales/*/settings-panel.json');

/** The panel, once its strings in `i18n`'s language are there (in every language, so no fallback is needed). */
export async function settingsPanelFor(i18n: I18n): Promise<ComponentType<SettingsPanelProps>> {
  await loadStrings(i18n, 'settings', [i18n.language], panelStrings);
  return SettingsPanel;
}

interface ChoiceOption<Value extends string> {
  value: Value;
  label: string;
}

/** One setting as native radio buttons in a fieldset: the legend names the group, arrow keys move in it. */
function Choice<Value extends string>(props: {
  legend: string;
  options: readonly ChoiceOption<Value>[];
  value: Value;
  hint?: string;
  onChange: (option: ChoiceOption<Value>) => void;
}) {
  const name = useId();
  const hintId = useId();
  return (
    <fieldset className="settings-group" aria-describedby={props.hint ? hintId : undefined}>
      <legend>{props.legend}</legend>
      <div className="settings-options">
        {props.options.map((option) => (
          <label key={option.value} className="settings-option">
            <input type="radio" name={name} value={option.value} checked={option.value === props.value} onChange={() => props.onChange(option)} />
            {option.label}
          </label>
        ))}
      </div>
      {props.hint && (
        <p id={hintId} className="settings-hint">
          {props.hint}
        </p>
      )}
    </fieldset>
  );
}

/**
 * The display settings, in a dialog: each change shows at once on the whole
 * page behind and in the dialog itself, is kept on this computer, and is
 * said politely to screen-reader users. When storage is off the change
 * still applies until the page is closed, and the dialog says so.
 */
export function SettingsPanel({ onClose }: SettingsPanelProps) {
  const { t } = useTranslation('settings');
  const announce = useAnnounce();
  // Opened by a click only, never prerendered: what shows on <html> now is where the choices start.
  const [settings, setSettings] = useState<DisplaySettings>(() => settingsOf(document.documentElement));
  const [memoryOnly, setMemoryOnly] = useState(false);

  const change = (next: DisplaySettings, message: (kept: boolean) => string) => {
    applySettings(document.documentElement, next);
    setSettings(next);
    const kept = writeSettings(next);
    setMemoryOnly(!kept);
    announce(message(kept));
  };
  const choose = (next: DisplaySettings, what: string, value: string) => change(next, (kept) => t(kept ? 'saved' : 'notSaved', { what, value }));
  const without = (name: keyof DisplaySettings): DisplaySettings =>
    Object.fromEntries(Object.entries(settings).filter(([key]) => key !== name)) as DisplaySettings;

  const sizeOptions = textSizes.map((size) => ({ value: size, label: size === '100' ? t('textSize.normal') : t('textSize.percent', { size }) }));
  const themeOptions = (['system', ...themes] as const).map((theme) => ({ value: theme, label: t(`theme.${theme}`) }));

  return (
    <Dialog open onClose={onClose} className="settings-panel" title={t('title')} description={t('description')}>
      <Choice<TextSize>
        legend={t('textSize.legend')}
        options={sizeOptions}
        value={settings.textSize ?? '100'}
        onChange={(option) => choose({ ...settings, textSize: option.value }, t('textSize.legend'), option.label)}
      />
      <Choice<Theme | 'system'>
        legend={t('theme.legend')}
        options={themeOptions}
        value={settings.theme ?? 'system'}
        hint={t('theme.hint')}
        onChange={(option) => choose(option.value === 'system' ? without('theme') : { ...settings, theme: option.value }, t('theme.legend'), option.label)}
      />
      <Choice<'normal' | 'wide'>
        legend={t('spacing.legend')}
        options={[
          { value: 'normal', label: t('spacing.normal') },
          { value: 'wide', label: t('spacing.wide') },
        ]}
        value={settings.spacing ?? 'normal'}
        onChange={(option) => choose(option.value === 'wide' ? { ...settings, spacing: 'wide' } : without('spacing'), t('spacing.legend'), option.label)}
      />
      <Choice<'system' | 'reduced'>
        legend={t('motion.legend')}
        options={[
          { value: 'system', label: t('motion.system') },
          { value: 'reduced', label: t('motion.reduced') },
        ]}
        value={settings.motion ?? 'system'}
        onChange={(option) => choose(option.value === 'reduced' ? { ...settings, motion: 'reduced' } : without('motion'), t('motion.legend'), option.label)}
      />
      <div className="settings-preview">
        <p>{t('preview')}</p>
      </div>
      {memoryOnly && <p className="settings-status">{t('memoryOnly')}</p>}
      <div className="settings-actions">
        <Button variant="secondary" onClick={() => change({}, () => t('resetDone'))}>
          {t('reset')}
        </Button>
        <Button onClick={onClose}>{t('close')}</Button>
      </div>
    </Dialog>
  );
}
