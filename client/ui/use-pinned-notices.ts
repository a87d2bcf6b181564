import { type RefObject, useEffect } from 'react';

/** The CSS variable holding the pinned notices' height: the phase bar sticks below them, focus scrolls below both. */
export const NOTICES_HEIGHT_VARIABLE = '--notices-height';

/**
 * Keeps `--notices-height` equal to the height of the notices pinned to the top of the window, and when a
 * notice comes (or grows) over the control that has focus, scrolls that control back into view below it:
 * a refusal must not hide the Send button that caused it (WCAG 2.4.11).
 */
export function usePinnedNotices(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const update = () => {
      root.style.setProperty(NOTICES_HEIGHT_VARIABLE, `${Math.ceil(element.offsetHeight)}px`);
      const focused = document.activeElement;
      if (!(focused instanceof HTMLElement) || focused === document.body || element.contains(focused)) return;
      if (focused.getBoundingClientRect().top < element.getBoundingClientRect().bottom) {
        focused.scrollIntoView?.({ block: 'nearest' });
      }
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(NOTICES_HEIGHT_VARIABLE);
    };
  }, [ref]);
}
