// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { facilitatorKey } from '../../client/classroom/classroom-client.ts';
import { ClassroomClientProvider } from '../../client/classroom/context.tsx';
import { ConsoleScreen } from '../../client/features/classroom/ConsoleScreen.tsx';
import type { Language } from '../../client/i18n/setup.ts';
import type { ClassroomConsoleMessage, TableOutcome, TableSummary } from '../../shared/protocol/classroom.ts';
import { ROLE_IDS } from '../../shared/roles.ts';
import { classroomClientOn, fakeSocket, renderWith, seatedClient } from './helpers.tsx';

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

function table(tableId: string, tableNumber: number): TableSummary {
  return {
    tableId,
    tableNumber,
    phase: 'negotiate',
    round: 1,
    rounds: 4,
    deadline: null,
    paused: false,
    pausedRemainingMs: null,
    market: { yield10y: 4.3, usdJpy: 150, usEquity: 100, japanEquity: 100, panic: 20 },
    seats: ROLE_IDS.map((role) => ({
      role,
      kind: 'human',
      people: [{ id: `person-${role}-${tableId}`, name: role, connected: true }],
      captainId: null,
      connected: true,
      handedIn: false,
      control: null,
      score: null,
    })),
    dealsSigned: 0,
    breaches: 0,
    shocks: 0,
    timeRequests: tableId === 'game-a' ? [{ id: 'tr1', role: 'tokyo', seconds: 30, at: 0 }] : [],
  };
}

const room: ClassroomConsoleMessage = {
  classroomId: 'class-1',
  code: 'ABC23',
  title: null,
  seq: 1,
  rounds: 4,
  people: [],
  tables: [table('game-a', 1), table('game-b', 2), table('game-c', 3)],
};

/** The console of class-1 as `shown`, whose tables answer every command with `outcomes`. */
async function consoleAnswering(outcomes: TableOutcome[], language: Language = 'en', shown = room) {
  window.localStorage.setItem(facilitatorKey('class-1'), 'F'.repeat(32));
  const socket = fakeSocket();
  socket.answerWith((sent) =>
    sent.event === 'classroom:watch'
      ? { ok: true, data: shown }
      : sent.event === 'classroom:command'
        ? { ok: true, data: { outcomes } }
        : undefined,
  );
  renderWith(
    <ClassroomClientProvider client={classroomClientOn(socket)}>
      <ConsoleScreen classroomId="class-1" />
    </ClassroomClientProvider>,
    seatedClient().client,
    language,
  );
  await screen.findByTestId('class-code');
}

describe("the console's word on what the tables did", () => {
  it('says a Grant pressed twice was refused because the request was already answered, not for its phase', async () => {
    await consoleAnswering([{ tableId: 'game-a', ok: false, code: 'UNKNOWN_TIME_REQUEST' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Give Tokyo 30 s more' }));
    expect((await screen.findByTestId('console-outcome')).textContent).toBe(
      '1 table refused. That request for time is no longer open: it was answered, or its phase ended.',
    );
    cleanup();
    await consoleAnswering([{ tableId: 'game-a', ok: false, code: 'UNKNOWN_TIME_REQUEST' }], 'ja');
    fireEvent.click(screen.getByRole('button', { name: /東京に30/ }));
    expect((await screen.findByTestId('console-outcome')).textContent).toBe(
      '1テーブルが拒否しました。その延長申請はもう受け付けていません。すでに回答済みか、そのフェーズが終わりました。',
    );
  });

  it('gives each reason once with its count, and how many tables did it, for any command', async () => {
    await consoleAnswering([
      { tableId: 'game-a', ok: true },
      { tableId: 'game-b', ok: false, code: 'GAME_ENDED' },
      { tableId: 'game-c', ok: false, code: 'GAME_ENDED' },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect((await screen.findByTestId('console-outcome')).textContent).toBe(
      'Done at 1 table. 2 tables refused. The game has ended.',
    );
  });

  it('says plainly when every table did it, and names a refusal with no known code as our fault', async () => {
    await consoleAnswering([
      { tableId: 'game-a', ok: true },
      { tableId: 'game-b', ok: true },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect((await screen.findByTestId('console-outcome')).textContent).toBe('Done at 2 tables.');
    cleanup();
    await consoleAnswering([{ tableId: 'game-a', ok: false }]);
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect((await screen.findByTestId('console-outcome')).textContent).toBe(
      '1 table refused. Something went wrong on the server. Please try again.',
    );
  });
});

describe("the console's shock list", () => {
  const optionText = (value: string) =>
    (document.querySelector(`option[value="${value}"]`) as HTMLOptionElement).textContent;

  it("names only the scheduled rounds the class's tables reach, from the session's length before any table exists", async () => {
    await consoleAnswering([], 'en', { ...room, rounds: 4, tables: [] });
    expect(optionText('weak-jobs-report')).toBe('Weak US jobs report (scheduled in round 3)');
    // Round 5 never comes in a class of 4 rounds.
    expect(optionText('hot-inflation')).toBe('Import prices jump');
    cleanup();
    await consoleAnswering([], 'en', { ...room, rounds: 6, tables: [] });
    expect(optionText('hot-inflation')).toBe('Import prices jump (scheduled in round 5)');
  });

  it("reads the tables' own length once they are formed", async () => {
    await consoleAnswering([], 'en', { ...room, rounds: 6 });
    expect(optionText('hot-inflation')).toBe('Import prices jump');
  });
});
