import { useEffect, useRef } from 'react';

/**
 * A page-wide key: Alt+Shift with a letter. Screen readers keep their own modifiers (NVDA and JAWS:
 * Insert or Caps Lock; VoiceOver: Control+Option), so Alt+Shift leaves them alone. The letter is matched
 * by its physical key (`code`): on a Mac, Option+Shift+M types "Â" and `key` would never be "M".
 */
export interface Shortcut {
  /** As shown and as `aria-keyshortcuts` names it. */
  label: string;
  code: string;
}

export const MOVE_SHEET_SHORTCUT: Shortcut = { label: 'Alt+Shift+M', code: 'KeyM' };

export function matchesShortcut(event: KeyboardEvent, shortcut: Shortcut): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === shortcut.code;
}

/** Runs `action` when the shortcut is pressed anywhere on the page, while the caller is on screen. */
export function useShortcut(shortcut: Shortcut, action: () => void): void {
  const latest = useRef(action);
  latest.current = action;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesShortcut(event, shortcut)) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [shortcut]);
}
