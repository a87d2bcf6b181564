import type { ReactNode } from 'react';
import { moveFocusTo } from './focus.ts';

/**
 * Scrolls to an element of the page and moves keyboard focus there. Routes live in the URL's hash, so a
 * plain `#id` link would navigate away.
 */
export function jumpTo(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  target.scrollIntoView?.({ block: 'start' });
  moveFocusTo(target);
}

/** An in-page link that jumps (see `jumpTo`); `shortcut` names a key that does the same (aria-keyshortcuts). */
export function JumpLink({
  to,
  className,
  shortcut,
  children,
}: {
  to: string;
  className?: string;
  shortcut?: string;
  children: ReactNode;
}) {
  return (
    <a
      href={`#${to}`}
      className={className}
      aria-keyshortcuts={shortcut}
      onClick={(event) => {
        event.preventDefault();
        jumpTo(to);
      }}
    >
      {children}
      {shortcut ? (
        <>
          {' '}
          <kbd className="shortcut keyboard-only">{shortcut}</kbd>
        </>
      ) : null}
    </a>
  );
}
