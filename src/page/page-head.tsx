import { createContext, useContext, useEffect } from 'react';

/**
 * While prerendering, the page reports its title here so each HTML file gets
 * its own `<title>`. In the browser there is no reporter and the title is set
 * in an effect on each navigation.
 */
export const HeadContext = createContext<((title: string) => void) | undefined>(undefined);

export function usePageTitle(title: string, siteName: string): void {
  const full = `${title} – ${siteName}`;
  const reportTitle = useContext(HeadContext);
  reportTitle?.(full);
  useEffect(() => {
    document.title = full;
  }, [full]);
}
