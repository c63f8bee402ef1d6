/**
 * The learner's display settings: what they are, how they are kept (one
 * key, natvana-settings) and how they show, as data-attributes on <html>
 * that src/settings/display.css and themes.css follow. head-script.js does
 * the same before the first paint, with no imports; the tests in
 * test/settings/head-script.test.ts keep the two in step.
 */

/** The one storage key, under the natvana prefix, so erasing a shared computer erases it too. */
export const settingsKey = 'natvana-settings';

export const themes = ['standard', 'high-contrast', 'dark'] as const;
export const textSizes = ['100', '125', '150', '175', '200'] as const;

export type Theme = (typeof themes)[number];
export type TextSize = (typeof textSizes)[number];

/** A setting that is left out follows the system (theme, motion) or the default (size, spacing). */
export interface DisplaySettings {
  theme?: Theme;
  textSize?: TextSize;
  spacing?: 'wide';
  motion?: 'reduced';
}

/** Each setting, the attribute on <html> that shows it, and the values it may have. */
export const settingAttributes = {
  theme: { attribute: 'data-theme', values: themes },
  textSize: { attribute: 'data-text-size', values: textSizes },
  spacing: { attribute: 'data-spacing', values: ['wide'] },
  motion: { attribute: 'data-motion', values: ['reduced'] },
} as const satisfies Record<keyof DisplaySettings, { attribute: string; values: readonly string[] }>;

type SettingName = keyof DisplaySettings;
const settingNames = Object.keys(settingAttributes) as SettingName[];

function pick(read: (name: SettingName) => unknown): DisplaySettings {
  const settings: Record<string, string> = {};
  for (const name of settingNames) {
    const value = read(name);
    if ((settingAttributes[name].values as readonly unknown[]).includes(value)) settings[name] = value as string;
  }
  return settings as DisplaySettings;
}

/** The settings in stored text; anything unknown or broken is left out, so a bad value never breaks a page. */
export function parseSettings(text: string | undefined): DisplaySettings {
  if (!text) return {};
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null) return {};
    return pick((name) => (data as Record<string, unknown>)[name]);
  } catch {
    return {};
  }
}

export function serialiseSettings(settings: DisplaySettings): string {
  return JSON.stringify({ version: 1, ...pick((name) => settings[name]) });
}

/** Shows the settings on <html>: each attribute is set, or removed when the setting follows the default. */
export function applySettings(root: HTMLElement, settings: DisplaySettings): void {
  for (const name of settingNames) {
    const value = settings[name];
    if (value) root.setAttribute(settingAttributes[name].attribute, value);
    else root.removeAttribute(settingAttributes[name].attribute);
  }
}

/** The settings that show on <html> now: what the head script read, or what was chosen in this session when nothing could be kept. */
export function settingsOf(root: HTMLElement): DisplaySettings {
  return pick((name) => root.getAttribute(settingAttributes[name].attribute));
}
