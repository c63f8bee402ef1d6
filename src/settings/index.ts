/*
 * The display settings' public surface: the button that opens them (its
 * panel is downloaded on the first click) and the key they are kept under.
 * The colour tokens are src/settings/themes.css; the settings as CSS are
 * display.css; head-script.js applies them before the first paint.
 */
export { SettingsButton, type SettingsButtonProps, type SettingsPanelProps } from './settings-button.tsx';
export { settingsKey } from './settings.ts';
