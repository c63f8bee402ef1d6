export { AnnouncerProvider, useAnnounce, type Politeness } from './announcer.tsx';
export { NavigationFocusProvider, useFocusOnNavigation } from './navigation-focus.tsx';
export { PageHeading } from './page-heading.tsx';
export { SkipLink } from './skip-link.tsx';
