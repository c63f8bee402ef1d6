import { safeStorage } from '../../storage/index.ts';

/**
 * Where the learner is in each practice, kept for the browser session only
 * (sessionStorage, never in progress): a reload of the step brings the
 * learner back to the same screen, and closing the browser forgets it. One
 * key holds every practice's place, so erasing a shared computer's data
 * (every `natvana*` key) takes it too.
 */
export const savedPlacesKey = 'natvana-practice-places';

/** At most this many practices keep a place; the oldest goes first. */
const placesKept = 40;

export interface SavedPlace {
  state: unknown;
  /** The outcome of this round has reached the lesson already. */
  reported: boolean;
}

type Places = Record<string, SavedPlace>;

function readAll(): Places {
  const text = safeStorage('session').read(savedPlacesKey);
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Places) : {};
  } catch {
    // A damaged place is only a practice started afresh: nothing of the learner's progress is in it.
    return {};
  }
}

function writeAll(places: Places): void {
  const kept = Object.entries(places).slice(-placesKept);
  safeStorage('session').write(savedPlacesKey, JSON.stringify(Object.fromEntries(kept)));
}

export function readPlace(placeKey: string): SavedPlace | undefined {
  const place = readAll()[placeKey];
  return place && typeof place === 'object' && 'state' in place ? { state: place.state, reported: place.reported === true } : undefined;
}

function without(places: Places, placeKey: string): Places {
  return Object.fromEntries(Object.entries(places).filter(([key]) => key !== placeKey));
}

export function keepPlace(placeKey: string, place: SavedPlace): void {
  // Written last, so it is the newest when the oldest are dropped.
  writeAll({ ...without(readAll(), placeKey), [placeKey]: place });
}

/** Forgets a practice's place and the places of the practices inside it (the e-service's e-ID login), so "Börja om" starts them afresh too. */
export function forgetPlace(placeKey: string): void {
  const places = readAll();
  const inside = `${placeKey}/`;
  const kept = Object.fromEntries(Object.entries(places).filter(([key]) => key !== placeKey && !key.startsWith(inside)));
  if (Object.keys(kept).length !== Object.keys(places).length) writeAll(kept);
}
