import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ClassroomClient } from '../../client/classroom/classroom-client.ts';
import { ClassroomClientProvider } from '../../client/classroom/context.tsx';
import { GameClientProvider } from '../../client/game/context.tsx';
import { type ClientError, GameClient } from '../../client/game/game-client.ts';
import { createI18n, type Language } from '../../client/i18n/setup.ts';
import { createSeatStore } from '../../client/net/seat-store.ts';
import type { ClientEventName, ClientListenEvents, SocketPort } from '../../client/net/socket-port.ts';
import { AnnouncerProvider } from '../../client/ui/announce-context.tsx';
import { type Announcer, createAnnouncer } from '../../client/ui/announcer.ts';
import { createGameConfig, createGameEngine } from '../../shared/game/engine.ts';
import { type PlayerView, playerViewFor } from '../../shared/game/player-view.ts';
import type { Phase } from '../../shared/game/state.ts';
import type { GameSnapshotMessage, Roster } from '../../shared/protocol/socket.ts';
import type { RoleId } from '../../shared/roles.ts';

export const T0 = 1_750_000_000_000;
export const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz012345';

export interface Emitted {
  event: ClientEventName;
  payload: unknown;
  /** The client's acknowledgement callback; the test answers with whatever it likes, hostile included. */
  ack: (response: unknown) => void;
}

/** A socket the test drives: it records what the client sends and can fire server events. */
export function fakeSocket(connected = true) {
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  const emitted: Emitted[] = [];
  let answer: ((sent: Emitted) => unknown) | null = null;
  const port: SocketPort & { connected: boolean } = {
    connected,
    on(event, listener) {
      // Stored loosely: a test fires payloads as a server (or a hostile one) would, unchecked.
      listeners.set(event, [...(listeners.get(event) ?? []), listener as (...args: unknown[]) => void]);
    },
    emit(event, payload, ack) {
      const sent: Emitted = { event, payload, ack: (response) => ack(response as Parameters<typeof ack>[0]) };
      emitted.push(sent);
      if (answer) {
        const response = answer(sent);
        if (response !== undefined) queueMicrotask(() => sent.ack(response));
      }
    },
    connect() {},
    onReconnectAttempt() {},
  };
  return {
    port,
    emitted,
    /** Answers every request with what this returns (undefined: no answer). */
    answerWith(respond: (sent: Emitted) => unknown) {
      answer = respond;
    },
    fire(event: keyof ClientListenEvents, ...args: unknown[]) {
      for (const listener of listeners.get(event) ?? []) listener(...args);
    },
    sent(event: ClientEventName) {
      return emitted.filter((entry) => entry.event === event);
    },
  };
}

/** A real game, driven by the real engine to the wanted phase, seen from one seat. */
export function viewAt(
  phase: Exclude<Phase, 'lobby' | 'ended'> | 'lobby',
  role: RoleId | null = 'tokyo',
): PlayerView {
  const config = createGameConfig({
    gameId: 'game-1',
    seed: 11,
    rounds: 3,
    seats: { tokyo: 'human', whiteHouse: 'bot', investors: 'bot', usBusiness: 'bot' },
  });
  const engine = createGameEngine(config, T0);
  let version = 0;
  const host = (type: string) => {
    version += 1;
    engine.command(
      { kind: 'host' },
      { type, commandId: `h${version}`, version: engine.state.version },
      T0 + version,
    );
  };
  const order = ['lobby', 'briefing', 'news', 'negotiate', 'decide'];
  for (let step = 0; step < order.indexOf(phase); step++) host(step === 0 ? 'host:start' : 'host:skip');
  return playerViewFor(engine.state, role);
}

type RosterPerson = Roster['seats'][number]['people'][number];

/** The roster with Tokyo played by `people` (a team, or a seat shared with the host), its captain and signer. */
export function rosterWithTokyo(people: RosterPerson[], captainId: string, signerId = captainId): Roster {
  const base = roster();
  return {
    ...base,
    seats: base.seats.map((seat) =>
      seat.role === 'tokyo' ? { ...seat, people, captainId, signerId } : seat,
    ),
  };
}

export function roster(gameId = 'game-1'): Roster {
  return {
    gameId,
    code: 'K7M2QX',
    seats: [
      {
        role: 'tokyo',
        kind: 'human',
        people: [{ id: 'person2', name: 'Aiko', connected: true, isHost: false }],
        connected: true,
        bot: null,
        captainId: 'person2',
        signerId: 'person2',
      },
      {
        role: 'whiteHouse',
        kind: 'open',
        people: [],
        connected: false,
        bot: null,
        captainId: null,
        signerId: null,
      },
      {
        role: 'investors',
        kind: 'bot',
        people: [],
        connected: false,
        bot: { personality: 'hawk', level: 'easy' },
        captainId: null,
        signerId: null,
      },
      {
        role: 'usBusiness',
        kind: 'open',
        people: [],
        connected: false,
        bot: null,
        captainId: null,
        signerId: null,
      },
    ],
  };
}

export function snapshotOf(view: PlayerView, seq = view.seq): GameSnapshotMessage {
  return { seq, view, roster: roster(view.gameId) };
}

/** A client seated in `game-1` as Tokyo, holding `view`, over a fake socket. */
export function seatedClient(view?: PlayerView, storage: Storage = window.localStorage) {
  const socket = fakeSocket();
  const errors: ClientError[] = [];
  const seats = createSeatStore(storage);
  seats.save({ gameId: 'game-1', code: 'K7M2QX', role: 'tokyo', token: TOKEN, isHost: true });
  const client = new GameClient({
    socket: socket.port,
    seats,
    onError: (error) => errors.push(error),
    ackTimeoutMs: 200,
  });
  client.store.set((state) => ({
    ...state,
    seat: { gameId: 'game-1', code: 'K7M2QX', role: 'tokyo', token: TOKEN, isHost: true },
    seatStatus: 'seated',
    game: view ? { seq: view.seq, view } : null,
  }));
  return { client, socket, errors };
}

/** A class session's client over `socket`, as main.tsx makes one (seats and storage in localStorage). */
export function classroomClientOn(socket: ReturnType<typeof fakeSocket>): ClassroomClient {
  return new ClassroomClient({
    socket: socket.port,
    seats: createSeatStore(window.localStorage),
    storage: window.localStorage,
    onSeated: () => {},
    onError: () => {},
  });
}

export function renderWith(
  ui: ReactElement,
  client: GameClient,
  language: Language = 'en',
  announcer: Announcer = createAnnouncer(),
) {
  const i18n = createI18n(language);
  // The home screen holds the class join form, so every page has a class client as main.tsx gives it;
  // a test of class sessions wraps its own inside.
  const classroom = classroomClientOn(fakeSocket());
  const wrap = (inner: ReactElement) => (
    <I18nextProvider i18n={i18n}>
      <AnnouncerProvider announcer={announcer}>
        <ClassroomClientProvider client={classroom}>
          <GameClientProvider client={client}>{inner}</GameClientProvider>
        </ClassroomClientProvider>
      </AnnouncerProvider>
    </I18nextProvider>
  );
  const rendered = render(wrap(ui));
  return {
    i18n,
    announcer,
    ...rendered,
    /** Renders `next` in place of the first element, inside the same providers (its state kept). */
    rerenderWith: (next: ReactElement) => rendered.rerender(wrap(next)),
  };
}
