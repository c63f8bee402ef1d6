import { type IconProps, iconFrame } from './icon-frame.ts';

/** Back or forward; its own file because the start page draws it and no other icon. */
export function ArrowIcon({ direction, className }: IconProps & { direction: 'back' | 'forward' }) {
  return (
    <svg {...iconFrame} className={`arrow-icon arrow-${direction} ${className ?? ''}`}>
      <path fill="currentColor" d={direction === 'forward' ? 'M4 11h12.2l-5.6-5.6L12 4l8 8-8 8-1.4-1.4 5.6-5.6H4z' : 'M20 11H7.8l5.6-5.6L12 4l-8 8 8 8 1.4-1.4L7.8 13H20z'} />
    </svg>
  );
}
