import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';

/**
 * True once the learner has moved to another page inside the app. On the very
 * first page the browser's own focus start is kept; after that, each new page
 * moves focus to its heading so screen readers announce where the learner is.
 */
const NavigationFocusContext = createContext<{ navigationKey: string; moved: boolean }>({ navigationKey: '', moved: false });

export function NavigationFocusProvider({ locationKey, children }: { locationKey: string; children: ReactNode }) {
  const [firstKey] = useState(locationKey);
  const [moved, setMoved] = useState(false);
  // Stays true once the learner has left the first page, also when they come back to it.
  if (!moved && locationKey !== firstKey) setMoved(true);
  return <NavigationFocusContext.Provider value={{ navigationKey: locationKey, moved }}>{children}</NavigationFocusContext.Provider>;
}

/** Focuses the element when it appears after a navigation, and again on each later navigation. */
export function useFocusOnNavigation<Element extends HTMLElement>() {
  const ref = useRef<Element>(null);
  const { navigationKey, moved } = useContext(NavigationFocusContext);
  useEffect(() => {
    if (moved) ref.current?.focus();
  }, [navigationKey, moved]);
  return ref;
}
