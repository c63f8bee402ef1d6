import 'i18next';
import type svCommon from './locales/sv/common.json';
import type svPages from './locales/sv/pages.json';
import type svPlayer from './locales/sv/player.json';
import type svSitePages from './locales/sv/site-pages.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof svCommon; player: typeof svPlayer; pages: typeof svPages; sitePages: typeof svSitePages };
  }
}
