/*
 * Runs at the end of <head>, after the stylesheet has arrived and before the
 * first paint, on every page: it puts the learner's display settings on <html> as data-attributes,
 * so a reload or a new page never shows first in the wrong size or colours.
 * A file of the site's own (the Content-Security-Policy allows no inline
 * script), a classic blocking script with no imports, kept tiny: the build
 * minifies it and gives it a fingerprinted name (scripts/head-script-plugin.ts).
 *
 * It is the one place outside src/progress that reads storage, because it
 * must run before any module can: it only reads, and any error (storage
 * off, broken text) leaves the page at its defaults. The key, attributes and
 * values are those of src/settings/settings.ts; test/settings/head-script.test.ts
 * keeps the two in step.
 */
(function (root) {
  try {
    var saved = JSON.parse(localStorage.getItem('natvana-settings'));
    var settings = {
      theme: ['data-theme', 'standard', 'high-contrast', 'dark'],
      textSize: ['data-text-size', '100', '125', '150', '175', '200'],
      spacing: ['data-spacing', 'wide'],
      motion: ['data-motion', 'reduced'],
    };
    for (var name in settings) {
      var value = saved[name];
      if (settings[name].indexOf(value, 1) > 0) root.setAttribute(settings[name][0], value);
    }
  } catch {
    // Nothing stored, or storage is off: the defaults and the system's preferences apply.
  }
})(document.documentElement);
