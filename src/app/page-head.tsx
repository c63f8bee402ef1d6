import { createContext, useContext, useEffect } from 'react';

/** Filled in while prerendering, so each page's HTML file has its own title. */
export interface HeadRecord {
  title?: string;
}

export const HeadContext = createContext<HeadRecord | undefined>(undefined);

/** Sets the page title: on the server into the HTML, in the browser on each navigation. */
export function usePageTitle(title: string, siteName: string): void {
  const full = `${title} – ${siteName}`;
  const record = useContext(HeadContext);
  if (record) record.title = full;
  useEffect(() => {
    document.title = full;
  }, [full]);
}
