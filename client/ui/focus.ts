import { type RefObject, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * Moves keyboard focus to an element, a control or not (a heading, a card): one that cannot take focus
 * gets `tabIndex -1`, so it can hold focus without joining the Tab order, and focus moves without the page
 * jumping; it is scrolled into view only when it is out of sight.
 */
export function moveFocusTo(target: HTMLElement | null): void {
  if (!target) return;
  // Only what cannot take focus gets tabIndex -1: a button or a summary must stay in the Tab order.
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus({ preventScroll: true });
  const box = target.getBoundingClientRect();
  const outOfSight =
    box.bottom < 0 || box.top > (window.innerHeight || document.documentElement.clientHeight);
  if (outOfSight && typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'nearest' });
}

/** Someone is typing or choosing in a field: a change of phase must not pull them out of it. */
export function isEditing(active: Element | null): boolean {
  if (!active) return false;
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement) return true;
  if (active instanceof HTMLInputElement)
    return !['button', 'submit', 'reset', 'checkbox', 'radio'].includes(active.type);
  return active instanceof HTMLElement && active.isContentEditable;
}

/** Focus sits nowhere a person put it: on the page itself, or on an element no longer in it. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active === document.documentElement || !active.isConnected;
}

export type ScreenChange =
  /** A new screen (briefing, dashboard, end) or a new round: focus goes to its heading. */
  | 'screen'
  /**
   * A change within the screen (the next phase of a round): focus goes to its heading unless the person
   * is typing in a field, where a timer's turn must not take their words away (the announcer tells them).
   */
  | 'phase';

/**
 * The focus manager: each time `screenKey` changes (and when the screen first appears), focus moves to
 * the heading held by the returned ref, so a screen reader starts reading the new screen at its name
 * instead of falling back to the page body. A screen's key names what it shows ("briefing",
 * "2:negotiate"); a re-render with the same key leaves focus where the person put it.
 */
export function useFocusOnChange<T extends HTMLElement>(
  screenKey: string | null,
  change: ScreenChange | ((previousKey: string | null) => ScreenChange) = 'screen',
): RefObject<T | null> {
  const heading = useRef<T | null>(null);
  const previous = useRef<string | null>(null);
  const decide = useRef(change);
  decide.current = change;
  // A layout effect: focus moves before the browser paints the new screen, so nothing is read twice.
  useLayoutEffect(() => {
    if (screenKey === null || screenKey === previous.current) return;
    const before = previous.current;
    previous.current = screenKey;
    const kind = typeof decide.current === 'function' ? decide.current(before) : decide.current;
    if (kind === 'phase' && isEditing(document.activeElement)) return;
    moveFocusTo(heading.current);
  }, [screenKey]);
  return heading;
}

/**
 * For an action whose result is somewhere else (a sent proposal's card, the builder a Counter opens) or
 * whose control goes away (Accept hides the answer buttons): `land(find)` moves focus, once the screen
 * has rendered what the action changed, to what `find` returns then.
 */
export function useFocusLanding(): (find: () => HTMLElement | null) => void {
  const [pending, setPending] = useState<{ find: () => HTMLElement | null } | null>(null);
  useEffect(() => {
    if (!pending) return;
    setPending(null);
    moveFocusTo(pending.find());
  }, [pending]);
  return useCallback((find: () => HTMLElement | null) => setPending({ find }), []);
}
