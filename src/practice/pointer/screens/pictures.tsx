import type { Shape } from '../scenario.ts';

/** Simple drawings in the theme's colours (currentColor); each is named by the control around it. */
const shapes: Record<Shape, string> = {
  circle: 'M50 6a44 44 0 1 0 0.01 0Z',
  square: 'M8 8h84v84H8Z',
  triangle: 'M50 6 94 90H6Z',
  star: 'M50 4l13 30 33 3-25 22 8 33-29-18-29 18 8-33L4 37l33-3Z',
};

export function ShapePicture({ shape }: { shape: Shape }) {
  return (
    <svg viewBox="0 0 100 100" aria-hidden="true" focusable="false" className="pointer-svg">
      <path d={shapes[shape]} fill="currentColor" />
    </svg>
  );
}

export function FolderPicture() {
  return (
    <svg viewBox="0 0 100 80" aria-hidden="true" focusable="false" className="pointer-svg">
      <path d="M4 12a6 6 0 0 1 6-6h26l8 10h46a6 6 0 0 1 6 6v48a6 6 0 0 1-6 6H10a6 6 0 0 1-6-6Z" fill="currentColor" />
    </svg>
  );
}

export function ApplePicture() {
  return (
    <svg viewBox="0 0 100 100" aria-hidden="true" focusable="false" className="pointer-svg">
      <path d="M50 30c-14-10-40-6-40 22 0 26 20 44 30 44 5 0 7-3 10-3s5 3 10 3c10 0 30-18 30-44 0-28-26-32-40-22Z" fill="currentColor" />
      <path d="M50 30c0-10 4-18 12-24" fill="none" stroke="currentColor" strokeWidth="6" strokeLinecap="round" />
    </svg>
  );
}

export function CatPicture() {
  return (
    <svg viewBox="0 0 100 100" aria-hidden="true" focusable="false" className="pointer-svg">
      <path d="M18 20l18 16h28l18-16v44c0 18-14 30-32 30S18 82 18 64Z" fill="currentColor" />
    </svg>
  );
}

export function BalloonPicture() {
  return (
    <svg viewBox="0 0 100 120" aria-hidden="true" focusable="false" className="pointer-svg">
      <ellipse cx="50" cy="42" rx="34" ry="40" fill="currentColor" />
      <path d="M50 82q-8 18 4 36" fill="none" stroke="currentColor" strokeWidth="4" />
    </svg>
  );
}
