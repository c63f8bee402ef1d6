// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applySettings, parseSettings, serialiseSettings, settingAttributes, settingsKey } from '../../src/settings/settings.ts';
import source from '../../src/settings/head-script.js?raw';

const root = document.documentElement;
const attributes = Object.values(settingAttributes).map((setting) => setting.attribute);

function attributesOnRoot(): Record<string, string> {
  return Object.fromEntries(attributes.flatMap((name) => (root.hasAttribute(name) ? [[name, root.getAttribute(name) ?? '']] : [])));
}

/** Runs the head script as the browser does, then returns what it put on <html>; clears it again. */
function headScriptResult(script = source): Record<string, string> {
  new Function(script)();
  const result = attributesOnRoot();
  for (const name of attributes) root.removeAttribute(name);
  return result;
}

/** What the app's own code puts on <html> for the same stored text. */
function appResult(stored: string | null): Record<string, string> {
  applySettings(root, parseSettings(stored ?? undefined));
  const result = attributesOnRoot();
  for (const name of attributes) root.removeAttribute(name);
  return result;
}

const storedTexts: (string | null)[] = [
  null,
  '',
  'not json',
  'null',
  '42',
  '[]',
  serialiseSettings({ theme: 'dark', textSize: '200', spacing: 'wide', motion: 'reduced' }),
  serialiseSettings({ theme: 'high-contrast', textSize: '125' }),
  serialiseSettings({ theme: 'standard', textSize: '100' }),
  JSON.stringify({ version: 1, theme: 'purple', textSize: 300, spacing: 'narrow', motion: 'data-motion' }),
  JSON.stringify({ version: 1, theme: 'data-theme', textSize: '150' }),
  JSON.stringify({ textSize: '175', extra: '<script>' }),
];

beforeEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('the head script', () => {
  it.each(storedTexts.map((text) => [text]))('puts on <html> what the app itself would, for stored %j', (text) => {
    if (text !== null) localStorage.setItem(settingsKey, text);
    expect(headScriptResult()).toEqual(appResult(text));
  });

  it('sets the attributes the CSS follows', () => {
    localStorage.setItem(settingsKey, serialiseSettings({ theme: 'dark', textSize: '200', spacing: 'wide', motion: 'reduced' }));
    expect(headScriptResult()).toEqual({ 'data-theme': 'dark', 'data-text-size': '200', 'data-spacing': 'wide', 'data-motion': 'reduced' });
  });

  it('leaves the page at its defaults when storage throws', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Storage is switched off', 'SecurityError');
    });
    expect(() => headScriptResult()).not.toThrow();
    expect(headScriptResult()).toEqual({});
  });
});
