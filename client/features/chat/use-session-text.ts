import { useState } from 'react';
import { readStorage, writeStorage } from '../../ui/storage.ts';

/** Text being typed, kept in session storage so a refresh or a reconnect loses none of it. */
export function useSessionText(key: string): [string, (text: string) => void] {
  const [text, setText] = useState(() => readStorage('session', key) ?? '');
  return [
    text,
    (next) => {
      setText(next);
      writeStorage('session', key, next === '' ? null : next);
    },
  ];
}
