import type { ReactNode } from 'react';

type Named = { label: string; labelledBy?: never } | { labelledBy: string; label?: never };

/**
 * A wide table's frame that scrolls sideways on a narrow screen. It is a named region and takes focus so
 * that keyboard users can scroll it too (WCAG 2.1.1); the name is a heading's id or a label of its own.
 */
export function TableScroll({ children, ...name }: Named & { children: ReactNode }) {
  return (
    <section
      className="table-scroll"
      aria-label={name.label}
      aria-labelledby={name.labelledBy}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
      tabIndex={0}
    >
      {children}
    </section>
  );
}
