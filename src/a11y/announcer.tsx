import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';

export type Politeness = 'polite' | 'assertive';
type Announce = (message: string, politeness?: Politeness) => void;

const AnnouncerContext = createContext<Announce>(() => undefined);

/** How long a live region stays empty before a message is written into it, and how long a message stays before the next one empties it. */
const pause = 100;

interface LiveQueue {
  say: (message: string) => void;
  /** Drops the messages still waiting; the queue can be used again afterwards (React's StrictMode unmounts and mounts once). */
  stop: () => void;
}

/**
 * The messages of one live region, said one after another. Each is written
 * after the region was emptied and a pause: NVDA 2024 and VoiceOver on macOS
 * 14 skip a message that repeats the region's current text. A message that
 * others wait behind stays in the region for a pause before the next empties
 * it: screen readers read the region's text when they handle the change,
 * a moment after it, so a message replaced at once can be lost unread.
 */
function createLiveQueue(write: (text: string) => void): LiveQueue {
  const waiting: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const next = () => {
    const message = waiting.shift();
    if (message === undefined) {
      timer = undefined;
      return;
    }
    write('');
    timer = setTimeout(() => {
      write(message);
      timer = waiting.length > 0 ? setTimeout(next, pause) : undefined;
    }, pause);
  };

  return {
    say: (message) => {
      waiting.push(message);
      // A message given while another is on its way waits its turn, so neither replaces the other unsaid.
      if (timer === undefined) next();
    },
    stop: () => {
      clearTimeout(timer);
      timer = undefined;
      waiting.length = 0;
    },
  };
}

/**
 * One pair of live regions for the whole app, polite and assertive, each
 * with its own queue: every message is said, in the order it was given.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<Record<Politeness, string>>({ polite: '', assertive: '' });
  const [queues] = useState<Record<Politeness, LiveQueue>>(() => ({
    polite: createLiveQueue((text) => setMessages((current) => ({ ...current, polite: text }))),
    assertive: createLiveQueue((text) => setMessages((current) => ({ ...current, assertive: text }))),
  }));

  useEffect(
    () => () => {
      queues.polite.stop();
      queues.assertive.stop();
    },
    [queues],
  );

  const announce = useCallback<Announce>((message, politeness = 'polite') => queues[politeness].say(message), [queues]);

  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer-polite">
        {messages.polite}
      </div>
      <div className="visually-hidden" aria-live="assertive" aria-atomic="true">
        {messages.assertive}
      </div>
    </AnnouncerContext.Provider>
  );
}

/** Says a message to screen-reader users without moving their focus. */
export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}
