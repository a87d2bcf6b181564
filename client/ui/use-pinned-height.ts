import { type RefObject, useEffect } from 'react';

/** The CSS variable the page's `scroll-padding-top` reads (base.css). */
export const PINNED_HEIGHT_VARIABLE = '--pinned-height';

/**
 * Keeps the page's scroll padding equal to the height of an element pinned to the top (a sticky bar),
 * so a control that receives focus is scrolled into view below the bar, never under it (WCAG 2.4.11).
 * Only while the element is actually pinned: where it is not sticky (wide screens) the padding is 0.
 */
export function usePinnedHeight(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const update = () => {
      const pinned = getComputedStyle(element).position === 'sticky';
      root.style.setProperty(PINNED_HEIGHT_VARIABLE, pinned ? `${Math.ceil(element.offsetHeight)}px` : '0px');
      if (pinned) keepFocusInView(element);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
      root.style.removeProperty(PINNED_HEIGHT_VARIABLE);
    };
  }, [ref]);
}

/**
 * A pinned bar that grows (a time warning, a request's status) pushes the page down under a control that
 * already has focus, or covers it: bring that control back into view, below the bar.
 */
function keepFocusInView(bar: HTMLElement): void {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || focused === document.body || bar.contains(focused)) return;
  const box = focused.getBoundingClientRect();
  if (box.top < bar.offsetHeight || box.bottom > window.innerHeight)
    focused.scrollIntoView?.({ block: 'nearest' });
}
