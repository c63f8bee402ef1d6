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

/**
 * Runs `start` once the page's first text is on the screen. The browser's
 * paint timing says when that frame was shown, not only drawn: a timeout
 * after a frame's callback can land before the frame reaches the screen, and
 * then the app's downloads share the line with the first paint after all.
 * Every browser Nätvana supports reports it; half a second after the first
 * frame is the fallback should a report never come.
 */
function afterFirstPaint(start: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    start();
  };
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName('first-contentful-paint').length > 0) once();
  });
  // `buffered` also reports a paint that happened before this script ran.
  observer.observe({ type: 'paint', buffered: true });
  requestAnimationFrame(() => setTimeout(once, 500));
}

afterFirstPaint(() => {
  fetchChunksOfThisPage();
  void import('./start-client.tsx');
});
