import { useCallback, useState } from 'react';
import { readStorage, writeStorage } from '../../ui/storage.ts';

type Marks = Record<string, number>;

function parseMarks(raw: string | null): Marks {
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(
      Object.entries(parsed as Record<string, unknown>).filter(
        (entry): entry is [string, number] => typeof entry[1] === 'number' && Number.isFinite(entry[1]),
      ),
    );
  } catch {
    return {};
  }
}

/** How many messages of each conversation this seat has seen, kept across refreshes. */
export function useReadMarks(storageKey: string) {
  const [marks, setMarks] = useState<Marks>(() => parseMarks(readStorage('local', storageKey)));
  const markSeen = useCallback(
    (conversation: string, count: number) => {
      setMarks((current) => {
        if ((current[conversation] ?? 0) >= count) return current;
        const next = { ...current, [conversation]: count };
        writeStorage('local', storageKey, JSON.stringify(next));
        return next;
      });
    },
    [storageKey],
  );
  return { marks, markSeen };
}
