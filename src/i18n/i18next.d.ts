import 'i18next';
import type svCommon from './locales/sv/common.json';
import type svKiosk from './locales/sv/kiosk.json';
import type svProgressNotices from './locales/sv/progress-notices.json';
import type svUpdate from './locales/sv/update.json';
import type svPages from './locales/sv/pages.json';
import type svPlayer from './locales/sv/player.json';
import type svLessonNotYet from './locales/sv/lesson-not-yet.json';
import type svSettings from './locales/sv/settings.json';
import type svSettingsPanel from './locales/sv/settings-panel.json';
import type svTransfer from './locales/sv/transfer.json';
import type svSpeech from './locales/sv/speech.json';
import type svSitePages from './locales/sv/site-pages.json';
import type svOffline from './locales/sv/offline.json';
import type svInstructor from './locales/sv/instructor.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      // The kiosk's, the progress notes' and the update note's words join `common` when their parts download
      // (kiosk/kiosk-strings.ts, app/progress-notices.tsx, app/update-note.tsx).
      common: typeof svCommon & typeof svKiosk & typeof svProgressNotices & typeof svUpdate;
      // The done page's words for a lesson not done yet join `player` with their chunk (lesson/lesson-not-yet.tsx).
      player: typeof svPlayer & typeof svLessonNotYet;
      pages: typeof svPages;
      settings: typeof svSettings & typeof svSettingsPanel;
      transfer: typeof svTransfer;
      speech: typeof svSpeech;
      sitePages: typeof svSitePages;
      offline: typeof svOffline;
      instructor: typeof svInstructor;
    };
  }
}
