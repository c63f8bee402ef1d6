import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';

export type Politeness = 'polite' | 'assertive';
type Announce = (message: string, politeness?: Politeness) => void;

const AnnouncerContext = createContext<Announce>(() => undefined);

/**
 * One pair of live regions for the whole app. Messages are written after a
 * short pause into a region that was emptied first: NVDA 2024 and VoiceOver
 * on macOS 14 skip a message that repeats the region's current text.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<Record<Politeness, string>>({ polite: '', assertive: '' });
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);

  useEffect(() => () => timers.current.forEach(clearTimeout), []);

  const announce = useCallback<Announce>((message, politeness = 'polite') => {
    setMessages((current) => ({ ...current, [politeness]: '' }));
    timers.current.push(setTimeout(() => setMessages((current) => ({ ...current, [politeness]: message })), 100));
  }, []);

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

