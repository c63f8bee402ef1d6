// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { kioskModeOn } from '../../src/kiosk/index.ts';
import { classPlanKey } from '../../src/instructor/class-plan.ts';
import { instructorViewKey } from '../../src/instructor/view-flag.ts';
import { progressKey } from '../../src/progress/index.ts';
import { parseSettings, serialiseSettings, settingsKey } from '../../src/settings/settings.ts';
import { eraseStoredData, kioskTrialKey } from '../../src/storage/index.ts';

const off = { enabled: false, idleMinutes: 10, warningSeconds: 60 };

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('kiosk mode', () => {
  it('is on when the library says so', () => {
    expect(kioskModeOn({ ...off, enabled: true }, '')).toBe(true);
    expect(kioskModeOn(off, '')).toBe(false);
  });

  it('is switched on by ?kiosk=1 for the rest of the session, and off by ?kiosk=0', () => {
    expect(kioskModeOn(off, '?kiosk=1')).toBe(true);
    expect(kioskModeOn(off, '')).toBe(true);
    expect(sessionStorage.getItem(kioskTrialKey)).toBe('1');
    expect(kioskModeOn(off, '?lang=sv&kiosk=0')).toBe(false);
    expect(kioskModeOn(off, '')).toBe(false);
  });

  it('stays on after a learner’s things are erased, while progress and display settings go', () => {
    kioskModeOn(off, '?kiosk=1');
    // The keys the app itself keeps: progress, the display settings, the instructor's flag and class plan.
    localStorage.setItem(progressKey, '{}');
    localStorage.setItem(settingsKey, serialiseSettings({ ...parseSettings(undefined), textSize: '150' }));
    localStorage.setItem(instructorViewKey, 'on');
    localStorage.setItem(classPlanKey, '{}');
    sessionStorage.setItem('natvana-something-later', 'x');
    localStorage.setItem('other-site', 'kept');
    eraseStoredData();
    expect(Object.keys(localStorage)).toEqual(['other-site']);
    expect(Object.keys(sessionStorage)).toEqual([kioskTrialKey]);
    expect(kioskModeOn(off, '')).toBe(true);
  });

  it('leaves ?kiosk=1 unremembered where this browser holds someone’s progress, for the kiosk question to ask, and a no keeps it off', () => {
    localStorage.setItem('natvana-progress', '{}');
    // On for this page load, so the kiosk code downloads and asks; nothing kept until the learner answers.
    expect(kioskModeOn(off, '?kiosk=1')).toBe(true);
    expect(sessionStorage.getItem(kioskTrialKey)).toBeNull();
    expect(kioskModeOn(off, '')).toBe(false);
    sessionStorage.setItem(kioskTrialKey, '0');
    expect(kioskModeOn(off, '?kiosk=1')).toBe(false);
    expect(localStorage.getItem('natvana-progress')).toBe('{}');
    sessionStorage.setItem(kioskTrialKey, '1');
    expect(kioskModeOn(off, '')).toBe(true);
  });

});
