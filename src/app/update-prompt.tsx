import { type ComponentType, useEffect, useState } from 'react';
import { onServiceWorkerUpdate, type ServiceWorkerUpdate } from './service-worker.ts';
import type { UpdateNoteProps } from './update-note.tsx';

/**
 * Registers the service worker and, when a new version of Nätvana is ready,
 * shows the update note (update-note.tsx). The note and its words download
 * only then, over the line that just brought the new version: the start
 * page's download carries only this listener.
 */
export function UpdatePrompt() {
  const [Note, setNote] = useState<ComponentType<UpdateNoteProps> | undefined>(undefined);
  const [update, setUpdate] = useState<ServiceWorkerUpdate | undefined>(undefined);
  const [dismissed, setDismissed] = useState<ServiceWorkerUpdate | undefined>(undefined);

  useEffect(() => {
    if (!import.meta.env.PROD) return;
    return onServiceWorkerUpdate((ready) => {
      import('./update-note.tsx').then(
        (chunk) => {
          setNote(() => chunk.UpdateNote);
          setUpdate(ready);
        },
        // Not downloaded: the new version still waits, and takes over on the next visit after every tab is closed.
        () => undefined,
      );
    });
  }, []);

  if (!Note || !update || update === dismissed) return null;
  return <Note update={update} onLater={() => setDismissed(update)} />;
}
