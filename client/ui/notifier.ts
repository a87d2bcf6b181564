import { createStore, type Store } from '../game/store.ts';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  /** An i18n key, translated when shown (so a language switch applies to notices already up). */
  messageKey: string;
  /** The server's own sentence, shown under the translated message. */
  detail?: string;
}

export interface Notifier {
  store: Store<Notice[]>;
  push(notice: Omit<Notice, 'id'>): void;
  dismiss(id: number): void;
}

/** At most this many notices stay on screen; older ones make way. */
const MAX_NOTICES = 4;

export function createNotifier(): Notifier {
  const store = createStore<Notice[]>([]);
  let nextId = 1;
  return {
    store,
    push(notice) {
      const id = nextId++;
      store.set((notices) => [...notices, { ...notice, id }].slice(-MAX_NOTICES));
    },
    dismiss(id) {
      store.set((notices) => notices.filter((notice) => notice.id !== id));
    },
  };
}
