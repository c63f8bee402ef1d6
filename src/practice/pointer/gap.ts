/** The sign of the gap a word is dragged to, in a drag drill's sentence (the scenario's check requires exactly one). */
export const gap = '___';
