import { type RefObject, useEffect } from 'react';

/** The CSS variable the page's `scroll-padding-top` reads (base.css). */
export const PINNED_HEIGHT_VARIABLE = '--pinned-height';

/**
 * Keeps the page's scroll padding equal to the height of an element pinned to the top (a sticky bar),
 * so a control that receives focus is scrolled into view below the bar, never under it (WCAG 2.4.11).
 * Only while the element is actually pinned: where it is not sticky (wide screens) the padding is 0.
 * The focused control is also kept in view when the page moves under it without anyone scrolling
 * (`FocusGuard`): a proposal closing above it, a bot's message arriving.
 */
export function usePinnedHeight(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const pinned = () => getComputedStyle(element).position === 'sticky';
    const guard = new FocusGuard(element);
    const update = () => {
      const isPinned = pinned();
      root.style.setProperty(
        PINNED_HEIGHT_VARIABLE,
        isPinned ? `${Math.ceil(element.offsetHeight)}px` : '0px',
      );
      if (isPinned) keepFocusInView(element);
      guard.note();
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    // The page's own height changes whenever content above the focused control comes or goes.
    const pageObserver = new ResizeObserver(() => {
      if (pinned()) guard.afterLayout();
    });
    pageObserver.observe(document.body);
    const scrolled = () => guard.scrolled();
    const focused = () => guard.note();
    window.addEventListener('resize', update);
    window.addEventListener('scroll', scrolled, { passive: true });
    document.addEventListener('focusin', focused);
    return () => {
      observer.disconnect();
      pageObserver.disconnect();
      window.removeEventListener('resize', update);
      window.removeEventListener('scroll', scrolled);
      document.removeEventListener('focusin', focused);
      root.style.removeProperty(PINNED_HEIGHT_VARIABLE);
    };
  }, [ref]);
}

/**
 * A pinned bar that grows (a time warning, a request's status) pushes the page down under a control that
 * already has focus, or covers it: bring that control back into view, below the bar.
 */
function keepFocusInView(bar: HTMLElement): void {
  const focused = focusedControl(bar);
  if (focused && !inView(focused, bar)) focused.scrollIntoView?.({ block: 'nearest' });
}

/**
 * Tells the page moving from the reader scrolling. Where the focused control sits in the document is
 * noted on focus and after each layout; a scroll that leaves that place unchanged is the reader's own,
 * and whether the control is in view after it is noted too. When a layout moves the control (content
 * above it came or went) and it was in view before, it is brought back: a reader who scrolled it away
 * on purpose is left where they are.
 */
class FocusGuard {
  private control: HTMLElement | null = null;
  private top = 0;
  private wasInView = false;

  constructor(private readonly bar: HTMLElement) {}

  note(): void {
    this.control = focusedControl(this.bar);
    if (!this.control) return;
    this.top = documentTop(this.control);
    this.wasInView = inView(this.control, this.bar);
  }

  scrolled(): void {
    const control = focusedControl(this.bar);
    if (control !== this.control) {
      this.note();
      return;
    }
    // The control moved in the document: a layout, whose clamped scroll fires first. Leave it to afterLayout.
    if (control && Math.abs(documentTop(control) - this.top) < 1) this.wasInView = inView(control, this.bar);
  }

  afterLayout(): void {
    const control = focusedControl(this.bar);
    if (control && control === this.control && Math.abs(documentTop(control) - this.top) >= 1) {
      if (this.wasInView && !inView(control, this.bar)) control.scrollIntoView?.({ block: 'nearest' });
    }
    this.note();
  }
}

function focusedControl(bar: HTMLElement): HTMLElement | null {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || focused === document.body || bar.contains(focused)) return null;
  return focused;
}

function documentTop(control: HTMLElement): number {
  return control.getBoundingClientRect().top + window.scrollY;
}

/** Wholly between the bottom of the pinned bar and the bottom of the window. */
function inView(control: HTMLElement, bar: HTMLElement): boolean {
  const box = control.getBoundingClientRect();
  // The bar's bottom, not its height: it sticks below the pinned notices when there are any.
  return box.top >= bar.getBoundingClientRect().bottom && box.bottom <= window.innerHeight;
}
