import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app.tsx';
import { loadWhatPageNeeds } from './routes.ts';

const basename = import.meta.env.BASE_URL.replace(/\/$/, '');

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  // The page's HTML was prerendered with its text. What it was made from is
  // loaded before hydrating, so the first render matches the HTML exactly.
  // A failed download is left to the page, which offers to try again.
  await loadWhatPageNeeds(window.location.pathname.slice(basename.length)).catch(() => undefined);
  const app = (
    <StrictMode>
      <BrowserRouter basename={basename}>
        <App />
      </BrowserRouter>
    </StrictMode>
  );
  if (!container.firstElementChild) {
    createRoot(container).render(app);
    return;
  }
  // As a transition, hydration yields to the browser every few milliseconds, so a
  // learner's click or key press on an old computer is never stuck behind it.
  startTransition(() => {
    hydrateRoot(container, app);
  });
}

void start();
