/**
 * Keeps the presenter window (on the projector) and the notes window (on the
 * instructor's own screen) on the same step: each says which step it moved
 * to, and the other follows. A BroadcastChannel reaches only windows of the
 * same site in the same browser, so nothing leaves this computer.
 */
export interface PresenterPlace {
  lessonId: string;
  /** Counting from 1, as the room sees it. */
  step: number;
}

const channelName = 'natvana-presenter';

/** Listens for the other window's moves; returns a function that says this window's own moves, and one that stops. */
export function presenterChannel(onMove: (place: PresenterPlace) => void): { say(place: PresenterPlace): void; close(): void } {
  if (typeof BroadcastChannel === 'undefined') return { say: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(channelName);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<PresenterPlace> | null;
    // Any page of the site can post on the channel: a step that is not a whole number from 1 is no step at all.
    if (data && typeof data.lessonId === 'string' && typeof data.step === 'number' && Number.isInteger(data.step) && data.step >= 1) {
      onMove({ lessonId: data.lessonId, step: data.step });
    }
  };
  return { say: (place) => channel.postMessage(place), close: () => channel.close() };
}

/** The step a key moves to: arrows, Page Up and Page Down (which presentation clickers send); undefined for any other key. */
export function stepAfterKey(key: string, step: number, stepCount: number): number | undefined {
  const by = ['ArrowRight', 'ArrowDown', 'PageDown'].includes(key) ? 1 : ['ArrowLeft', 'ArrowUp', 'PageUp'].includes(key) ? -1 : 0;
  if (by === 0) return undefined;
  return Math.min(stepCount, Math.max(1, step + by));
}
