import type { ReactNode } from 'react';

/**
 * An in-page link. Routes live in the URL's hash, so a plain `#id` link would navigate away: this one
 * scrolls to its target and moves keyboard focus there instead.
 */
export function JumpLink({
  to,
  className,
  children,
}: {
  to: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <a
      href={`#${to}`}
      className={className}
      onClick={(event) => {
        event.preventDefault();
        const target = document.getElementById(to);
        if (!target) return;
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.scrollIntoView({ block: 'start' });
        target.focus({ preventScroll: true });
      }}
    >
      {children}
    </a>
  );
}
