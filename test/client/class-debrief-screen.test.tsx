// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { classDebriefHash, debriefHash, parseRoute } from '../../client/app/routes.ts';
import { facilitatorKey } from '../../client/classroom/classroom-client.ts';
import { ConsolePeople } from '../../client/features/classroom/ConsolePeople.tsx';
import { ClassDebriefScreen } from '../../client/features/debrief/ClassDebriefScreen.tsx';
import { DebriefScreen } from '../../client/features/debrief/DebriefScreen.tsx';
import { gameExportOf } from '../../shared/debrief/export.ts';
import { sessionExportOf } from '../../shared/debrief/session-export.ts';
import type { ClassroomCommand, TableSummary } from '../../shared/protocol/classroom.ts';
import { gameWithSale, plainGame } from '../shared/debrief/played-games.ts';
import { renderWith, seatedClient } from './helpers.tsx';

vi.mock('../../client/features/charts/MarketCharts.tsx', () => ({ MarketCharts: () => null }));

const FACILITATOR = 'F'.repeat(32);
const plain = plainGame();
const selling = gameWithSale();
const sourceOf = (run: typeof plain, gameId: string) => ({
  config: { ...run.config, gameId },
  code: gameId.toUpperCase(),
  createdAt: 0,
  log: run.log,
  people: [],
});
const session = sessionExportOf(
  { classroomId: 'class-1', code: 'ABC23', title: 'Econ 2B', seed: 11, createdAt: 0 },
  [
    { table: '1', source: sourceOf(plain, 'game-a') },
    { table: '2', source: sourceOf(selling, 'game-b') },
  ],
);
const requests: { url: string; authorization: string | null }[] = [];

function serve(body: unknown) {
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    requests.push({ url, authorization: new Headers(init?.headers).get('authorization') });
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
}

beforeEach(() => {
  requests.length = 0;
  window.localStorage.clear();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the class debrief screen', () => {
  it("asks with the facilitator's token and puts the tables side by side, with the class's questions and a link to each table", async () => {
    window.localStorage.setItem(facilitatorKey('class-1'), FACILITATOR);
    serve(session);
    renderWith(<ClassDebriefScreen classroomId="class-1" />, seatedClient().client);
    const table = await screen.findByTestId('class-comparison');
    expect(requests).toEqual([
      { url: '/api/sessions/class-1/export.json', authorization: `Bearer ${FACILITATOR}` },
    ]);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Class debrief · Econ 2B');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['1', '2']);
    const second = within(rows[1]!)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    const row = session.comparison[1]!;
    expect(second.slice(2, 4)).toEqual([String(row.dealsReached), String(row.breaches)]);
    expect(second.slice(4, 8)).toEqual(
      (['tokyo', 'whiteHouse', 'investors', 'usBusiness'] as const).map((role) => String(row.scores[role])),
    );
    expect(within(rows[1]!).getByRole('link', { name: 'Table 2’s debrief' }).getAttribute('href')).toBe(
      '#/debrief/game-b/class-1',
    );
    expect(screen.getByTestId('debrief-questions').textContent).toContain(
      'Table 2’s Tokyo sold $100bn in round 2: what did it buy?',
    );
  });

  it('words it in Japanese for a Japanese page', async () => {
    window.localStorage.setItem(facilitatorKey('class-1'), FACILITATOR);
    serve(session);
    renderWith(<ClassDebriefScreen classroomId="class-1" />, seatedClient().client, 'ja');
    await screen.findByTestId('class-comparison');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('クラス全体のデブリーフ · Econ 2B');
    expect(screen.getByRole('link', { name: 'テーブル2のデブリーフ' })).toBeTruthy();
  });

  it('asks nothing of the server from a browser without the facilitator token', () => {
    serve(session);
    renderWith(<ClassDebriefScreen classroomId="class-1" />, seatedClient().client);
    expect(screen.getByText(/Only the facilitator who created this session/)).toBeTruthy();
    expect(requests).toEqual([]);
  });

  it("opens a table's debrief from the class debrief with the facilitator's token", async () => {
    window.localStorage.setItem(facilitatorKey('class-1'), FACILITATOR);
    serve(gameExportOf(sourceOf(selling, 'game-b')));
    renderWith(<DebriefScreen gameId="game-b" classroomId="class-1" />, seatedClient().client);
    await screen.findByTestId('debrief-rounds');
    expect(requests).toEqual([
      { url: '/api/games/game-b/export.json', authorization: `Bearer ${FACILITATOR}` },
    ]);
    expect(screen.getByRole('link', { name: 'Back to the class debrief' }).getAttribute('href')).toBe(
      '#/class-debrief/class-1',
    );
  });
});

describe('the class debrief links', () => {
  it('are routes of their own: the class debrief, and a table debrief opened for a session', () => {
    expect(parseRoute(classDebriefHash('class-1'))).toEqual({ name: 'classDebrief', classroomId: 'class-1' });
    expect(parseRoute(debriefHash('game-b', 'class-1'))).toEqual({
      name: 'debrief',
      gameId: 'game-b',
      classroomId: 'class-1',
    });
    expect(parseRoute('#/debrief/game-b/<x>')).toEqual({ name: 'debrief', gameId: 'game-b' });
    expect(parseRoute('#/class-debrief/<x>')).toEqual({ name: 'home' });
  });
});

describe("the console's people", () => {
  it('lists where everyone sits, and seats a chosen person at a chosen table and role or by the rule, with the keyboard', () => {
    const sent: ClassroomCommand[] = [];
    const table = { tableId: 'game-a', tableNumber: 1, phase: 'lobby' } as TableSummary;
    const ended = { tableId: 'game-z', tableNumber: 2, phase: 'ended' } as TableSummary;
    renderWith(
      <ConsolePeople
        people={[
          {
            id: 'student1',
            name: 'Aiko',
            connected: true,
            seat: { tableId: 'game-a', tableNumber: 1, role: 'tokyo' },
          },
          { id: 'student4', name: 'Dan', connected: false, seat: null },
        ]}
        tables={[table, ended]}
        onPlace={(command) => sent.push(command)}
      />,
      seatedClient().client,
    );
    expect(screen.getByTestId('person-student1').textContent).toBe('Aiko · Table 1 · Tokyo · online');
    expect(screen.getByTestId('person-student4').textContent).toBe('Dan · waiting for a table · offline');
    const seat = screen.getByLabelText<HTMLSelectElement>('Seat');
    // The rule, then every seat of every table not ended (none of table 2's).
    expect([...seat.options].map((option) => option.textContent)).toEqual([
      'Where the rule places them',
      'Table 1 · Tokyo',
      'Table 1 · White House',
      'Table 1 · Investors',
      'Table 1 · US business',
    ]);
    fireEvent.change(screen.getByLabelText('Person'), { target: { value: 'student4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Seat Dan' }));
    fireEvent.change(seat, { target: { value: 'game-a/investors' } });
    fireEvent.click(screen.getByRole('button', { name: 'Seat Dan' }));
    expect(sent).toEqual([
      { type: 'person:place', personId: 'student4' },
      { type: 'person:place', personId: 'student4', tableId: 'game-a', role: 'investors' },
    ]);
  });

  it('offers to seat the first person still waiting, not whoever joined first, and the next one after a seat', () => {
    const sent: ClassroomCommand[] = [];
    const table = { tableId: 'game-a', tableNumber: 1, phase: 'negotiate' } as TableSummary;
    const seatedAt = (role: 'tokyo' | 'whiteHouse') => ({ tableId: 'game-a', tableNumber: 1, role });
    renderWith(
      <ConsolePeople
        people={[
          { id: 'student1', name: 'Aiko', connected: true, seat: seatedAt('tokyo') },
          { id: 'student2', name: 'Ben', connected: true, seat: seatedAt('whiteHouse') },
          { id: 'student5', name: 'Emi', connected: true, seat: null },
        ]}
        tables={[table]}
        onPlace={(command) => sent.push(command)}
      />,
      seatedClient().client,
    );
    expect(screen.getByLabelText<HTMLSelectElement>('Person').value).toBe('student5');
    // A move by hand of someone seated, then the button offers the one waiting again.
    fireEvent.change(screen.getByLabelText('Person'), { target: { value: 'student2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Seat Ben' }));
    fireEvent.click(screen.getByRole('button', { name: 'Seat Emi' }));
    expect(sent).toEqual([
      { type: 'person:place', personId: 'student2' },
      { type: 'person:place', personId: 'student5' },
    ]);
  });
});
