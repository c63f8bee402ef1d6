/**
 * The first script of every page, kept tiny. The page arrives with its text
 * already in the HTML, so nothing needs to run, or even download, before the
 * learner can read it: on an old computer on a slow line the text, the
 * stylesheet and the pictures get the connection to themselves. Once the page
 * has painted, the chunks the prerenderer listed for it (the app, the
 * language's strings, the lesson) are fetched together, and the app starts.
 *
 * The stylesheets are imported here, not in the app, so they stay a plain
 * <link> in the HTML that the first paint waits for.
 */
import './styles.css';
// After the base styles: the library's accent colour overrides the default.
import 'virtual:natvana/library.css';

function fetchChunksOfThisPage(): void {
  const chunks = document.querySelector<HTMLMetaElement>('meta[name="natvana:chunks"]')?.content.split(' ') ?? [];
  for (const href of chunks.filter(Boolean)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    link.crossOrigin = '';
    document.head.append(link);
  }
}

requestAnimationFrame(() => {
  // The callback runs just before the first frame is painted; the timeout lands after it.
  setTimeout(() => {
    fetchChunksOfThisPage();
    void import('./start-client.tsx');
  }, 0);
});
