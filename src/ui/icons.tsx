/** Small icons drawn with the text colour, so they follow every theme and forced-colours mode. */
import { iconFrame as common, type IconProps } from './icon-frame.ts';

export function TipIcon({ className }: IconProps) {
  return (
    <svg {...common} className={className}>
      <path fill="currentColor" d="M12 2a7 7 0 0 0-4 12.7V17a1 1 0 0 0 1 1h6a1 1 0 0 0 1-1v-2.3A7 7 0 0 0 12 2zm2 11.6V16h-4v-2.4l-.4-.3a5 5 0 1 1 4.8 0zM9 20h6v2H9z" />
    </svg>
  );
}

export function WarningIcon({ className }: IconProps) {
  return (
    <svg {...common} className={className}>
      <path fill="currentColor" d="M12 2 1 21h22L12 2zm0 4.2L19.5 19h-15L12 6.2zM11 10v5h2v-5zm0 6v2h2v-2z" />
    </svg>
  );
}

export function RightIcon({ className }: IconProps) {
  return (
    <svg {...common} className={className}>
      <path fill="currentColor" d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" />
    </svg>
  );
}

export function NotYetIcon({ className }: IconProps) {
  return (
    <svg {...common} className={className}>
      <path fill="currentColor" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16zm-1-5h2v2h-2zm1-10a4 4 0 0 0-4 4h2a2 2 0 1 1 2 2 1 1 0 0 0-1 1v2h2v-1.2A4 4 0 0 0 12 5z" />
    </svg>
  );
}
