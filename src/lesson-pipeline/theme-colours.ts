/**
 * The colours of the standard theme that a library's accent colour meets.
 * Kept in step with src/settings/themes.css, where the same values are the
 * CSS custom properties.
 */
export const standardTheme = {
  background: '#ffffff',
  surface: '#f3f2f1',
  onAccent: '#ffffff',
} as const;
