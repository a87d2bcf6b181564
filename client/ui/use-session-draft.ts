import { useState } from 'react';
import { readStorage, writeStorage } from './storage.ts';

/**
 * Something being written (a statement, its signal, a half-built proposal), kept in session storage so
 * a refresh or a reconnect loses none of it. What comes back from storage is checked by `parse`: a draft
 * from an older page, or one edited by hand, falls back to `initial` instead of reaching a form. The
 * draft is forgotten once it is back to `initial` (sent, or cleared by hand).
 */
export function useSessionDraft<T>(
  key: string,
  initial: T,
  parse: (stored: unknown) => T | null,
): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => {
    const stored = readStorage('session', key);
    if (stored === null) return initial;
    try {
      return parse(JSON.parse(stored)) ?? initial;
    } catch {
      return initial;
    }
  });
  return [
    value,
    (next) => {
      setValue(next);
      writeStorage(
        'session',
        key,
        JSON.stringify(next) === JSON.stringify(initial) ? null : JSON.stringify(next),
      );
    },
  ];
}

const asText = (stored: unknown) => (typeof stored === 'string' ? stored : null);

/** Text being typed. */
export function useSessionText(key: string): [string, (text: string) => void] {
  return useSessionDraft(key, '', asText);
}
