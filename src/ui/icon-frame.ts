/** What every icon shares: drawn with the text colour, so it follows every theme and forced-colours mode, and hidden from screen readers. */
export interface IconProps {
  className?: string;
}

export const iconFrame = { width: '1.2em', height: '1.2em', viewBox: '0 0 24 24', 'aria-hidden': true, focusable: false } as const;
