import { Fragment, type ReactNode } from 'react';

/**
 * The parts of a list item (sender, subject, date, …) with a comma between
 * them that only a screen reader hears, so it reads "Oläst, Ada, Ämne: …"
 * rather than running the words together; the eye sees them apart anyway.
 */
export function Parts({ children }: { children: (ReactNode | false | undefined)[] }) {
  const shown = children.filter((part) => part !== false && part !== undefined && part !== null);
  return shown.map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <span className="visually-hidden">,</span>}
      {index > 0 && " "}
      {part}
    </Fragment>
  ));
}
