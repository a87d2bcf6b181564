// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRoute, projectorHash } from '../../client/app/routes.ts';
import { ClassroomClient } from '../../client/classroom/classroom-client.ts';
import { ClassroomClientProvider } from '../../client/classroom/context.tsx';
import { COMPACT_FROM_TABLES, ProjectorScreen } from '../../client/features/projector/ProjectorScreen.tsx';
import { SPARKLINE_MIN_RANGE_BP, sparkline } from '../../client/features/projector/sparkline.ts';
import { formattersFor } from '../../client/i18n/format.ts';
import { createI18n } from '../../client/i18n/setup.ts';
import { createSeatStore } from '../../client/net/seat-store.ts';
import {
  leaderboardOf,
  type ProjectorMessage,
  type ProjectorTable,
} from '../../shared/classroom/projector.ts';
import { classroomClientOn, fakeSocket } from './helpers.tsx';

const KEY = 'K'.repeat(43);

afterEach(cleanup);

function tableOf(tableNumber: number, scores: (number | null)[]): ProjectorTable {
  const roles = ['tokyo', 'whiteHouse', 'investors', 'usBusiness'] as const;
  return {
    tableId: `g${tableNumber}`,
    tableNumber,
    phase: 'negotiate',
    round: 2,
    rounds: 4,
    deadline: null,
    paused: true,
    pausedRemainingMs: 95_000,
    market: { yield10y: 4.5 + tableNumber / 10, usdJpy: 148.2, usEquity: 100, japanEquity: 100, panic: 31.6 },
    yieldPath: [
      { at: 0, yield10y: 4.4 },
      { at: 1000, yield10y: 4.6 },
    ],
    scores: roles.map((role, index) => ({ role, score: scores[index] ?? null })),
    dealsSigned: 1,
    breaches: 0,
  };
}

function messageOf(tables: ProjectorTable[], seq = 1): ProjectorMessage {
  return {
    classroomId: 'class-1',
    code: 'AB234',
    title: 'Econ 2B',
    seq,
    focus: null,
    tables,
    headlines: [
      { id: 'g2:n1', tableNumber: 2, round: 2, at: 5, headline: { key: 'news.shock.sale-rumour' } },
    ],
    leaderboard: leaderboardOf(tables),
    join: null,
  };
}

async function projectorPage(language: 'en' | 'ja' = 'en') {
  const socket = fakeSocket();
  const client = classroomClientOn(socket);
  const tables = [tableOf(1, [40, 70, null, 55]), tableOf(2, [62, 30, null, 55])];
  socket.answerWith((sent) =>
    sent.event === 'classroom:project' ? { ok: true, data: messageOf(tables, 3) } : undefined,
  );
  const i18n = await createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <ClassroomClientProvider client={client}>
        <ProjectorScreen classroomId="class-1" projectorKey={KEY} />
      </ClassroomClientProvider>
    </I18nextProvider>,
  );
  await screen.findByTestId('projector-code');
  return { socket, client, tables };
}

describe('the projector page', () => {
  it('opens the feed with the key of its link, shows every table with its clock and an anonymised leaderboard by role', async () => {
    const { socket } = await projectorPage();
    expect(socket.sent('classroom:project').map((sent) => sent.payload)).toEqual([
      { classroomId: 'class-1', key: KEY },
    ]);
    const first = screen.getByTestId('projector-table-1');
    expect(within(first).getByTestId('projector-clock').textContent).toBe('Paused');
    expect(first.textContent).toContain('10y 4.60%');
    const tokyo = screen.getByTestId('leaderboard-tokyo');
    expect([...tokyo.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Table 2 · Tokyo 62',
      'Table 1 · Tokyo 40',
    ]);
    // A hidden score is left out, not shown as zero; ties go to the lower table.
    expect(screen.getByTestId('leaderboard-investors').textContent).toContain('No scores published yet.');
    expect(
      [...screen.getByTestId('leaderboard-usBusiness').querySelectorAll('li')].map(
        (item) => item.textContent,
      ),
    ).toEqual(['Table 1 · US business 55', 'Table 2 · US business 55']);
    expect(screen.getByTestId('projector-ticker').textContent).toContain('Table 2');
  });

  it("shows the session's join link and QR code while the feed carries them, and not after", async () => {
    const { socket, tables } = await projectorPage();
    expect(screen.queryByTestId('projector-join')).toBeNull();
    const join = {
      url: 'http://192.168.1.20:3000/#/class/AB234',
      qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    };
    act(() => socket.fire('classroom:projector', { ...messageOf(tables, 4), join }));
    const shown = screen.getByTestId('projector-join');
    expect(shown.textContent).toBe(join.url);
    const qr = within(shown).getByRole('img', { name: 'QR code to join the class with code AB234' });
    expect(qr.getAttribute('src')).toBe(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(join.qrSvg)}`);
    act(() => socket.fire('classroom:projector', messageOf(tables, 5)));
    expect(screen.queryByTestId('projector-join')).toBeNull();
  });

  it('shows one table large on click and back, and drops a projector that arrives late', async () => {
    const { socket, tables } = await projectorPage();
    fireEvent.click(screen.getByRole('button', { name: 'Show table 2 large' }));
    expect(screen.queryByTestId('projector-table-1')).toBeNull();
    expect(screen.getByTestId('projector-table-2').className).toContain('large');
    fireEvent.click(screen.getByRole('button', { name: 'Back to all tables' }));
    expect(screen.getByTestId('projector-table-1')).toBeTruthy();

    act(() => socket.fire('classroom:projector', messageOf([{ ...tables[0]!, phase: 'decide' }], 2)));
    expect(screen.getByTestId('projector-table-2')).toBeTruthy();
    act(() => socket.fire('classroom:projector', messageOf([{ ...tables[0]!, phase: 'decide' }], 4)));
    expect(screen.queryByTestId('projector-table-2')).toBeNull();
    expect(
      within(screen.getByTestId('projector-table-1')).getByTestId('projector-phase').textContent,
    ).toMatch(/^Decide/);
  });

  it(`draws compact tiles from ${COMPACT_FROM_TABLES} tables: clock, phase, yield and its line, the rest on the large view`, async () => {
    const { socket } = await projectorPage();
    const first = () => screen.getByTestId('projector-table-1');
    expect(first().textContent).toContain('round 2 of 4');
    expect(first().textContent).toContain('¥148.2');
    const many = Array.from({ length: COMPACT_FROM_TABLES }, (_, index) => tableOf(index + 1, []));
    act(() => socket.fire('classroom:projector', messageOf(many, 4)));
    expect(first().className).toContain('compact');
    expect(within(first()).getByTestId('projector-phase').textContent).toBe('Negotiate · 2/4');
    expect(first().textContent).toContain('10y 4.60%');
    expect(first().textContent).not.toContain('¥148.2');
    expect(first().textContent).not.toContain('deals 1');
    fireEvent.click(screen.getByRole('button', { name: 'Show table 1 large' }));
    expect(first().textContent).toContain('¥148.2');
    expect(first().textContent).toContain('deals 1 · breaches 0');
  });

  it('writes the yield and the yen with the client’s number formatter, as the round reports do', async () => {
    const { socket } = await projectorPage();
    // Both halves short of a binary fraction: 4.145 is 4.14499…, which toFixed(2) writes as 4.14.
    const market = { yield10y: 4.145, usdJpy: 150.35, usEquity: 100, japanEquity: 100, panic: 31.5 };
    act(() => socket.fire('classroom:projector', messageOf([{ ...tableOf(1, []), market }], 4)));
    const format = formattersFor('en');
    const tile = screen.getByTestId('projector-table-1').textContent;
    expect(tile).toContain(`10y ${format.percent(4.145, 2)}`);
    expect(tile).toContain('10y 4.15%');
    expect(tile).toContain(`¥${format.number(150.35, 1)}`);
    expect(tile).toContain('¥150.4');
    expect(tile).toContain('panic 32');
  });

  it('speaks Japanese: the leaderboard names a table and a role, never a person', async () => {
    await projectorPage('ja');
    const tokyo = screen.getByTestId('leaderboard-tokyo');
    expect(tokyo.querySelector('li')!.textContent).toMatch(/^テーブル2・.+ 62$/);
  });
});

describe('the projector client', () => {
  it('opens the projector again on every new connection, and shows no error while offline', async () => {
    const socket = fakeSocket(false);
    const errors: string[] = [];
    const client = new ClassroomClient({
      socket: socket.port,
      seats: createSeatStore(window.localStorage),
      storage: window.localStorage,
      onSeated: () => {},
      onError: (error) => errors.push(error.code),
    });
    const offline = await client.project('class-1', KEY);
    expect(offline.ok ? 'ok' : offline.error.code).toBe('OFFLINE');
    expect(errors).toEqual([]);
    socket.port.connected = true;
    socket.answerWith((sent) =>
      sent.event === 'classroom:project' ? { ok: true, data: messageOf([tableOf(1, [])], 1) } : undefined,
    );
    socket.fire('connect');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(client.store.get().projector?.tables.map((table) => table.tableNumber)).toEqual([1]);
  });

  it('tells the page when the server refuses the key, even when the answer comes after connecting', async () => {
    const socket = fakeSocket(false);
    const client = new ClassroomClient({
      socket: socket.port,
      seats: createSeatStore(window.localStorage),
      storage: window.localStorage,
      onSeated: () => {},
      onError: () => {},
    });
    await client.project('class-1', KEY);
    expect(client.store.get().projectorRefused).toBeNull();
    socket.port.connected = true;
    socket.answerWith(() => ({ ok: false, error: { code: 'UNAUTHORIZED', message: 'no' } }));
    socket.fire('connect');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(client.store.get().projectorRefused).toBe('class-1');
  });
});

describe('the projector link and chart', () => {
  it('routes #/projector/<session>/<key> and refuses a link without a well-formed key', () => {
    expect(parseRoute(projectorHash('class-1', KEY))).toEqual({
      name: 'projector',
      classroomId: 'class-1',
      key: KEY,
    });
    expect(parseRoute('#/projector/class-1')).toEqual({ name: 'home' });
    expect(parseRoute('#/projector/class-1/short')).toEqual({ name: 'home' });
  });

  it('draws the yield path left to right with the highest yield at the top', () => {
    expect(
      sparkline(
        [
          { at: 0, yield10y: 4 },
          { at: 50, yield10y: 5 },
          { at: 100, yield10y: 4.5 },
        ],
        200,
        40,
      ),
    ).toEqual({ points: '0,40 100,0 200,20', low: 4, high: 5 });
    expect(sparkline([{ at: 0, yield10y: 4 }], 200, 40)).toBeNull();
    expect(
      sparkline(
        [
          { at: 0, yield10y: 4 },
          { at: 9, yield10y: 4 },
        ],
        10,
        40,
      )?.points,
    ).toBe('0,20 10,20');
  });

  it(`never scales a line to less than ${SPARKLINE_MIN_RANGE_BP} basis points, around its middle`, () => {
    const drawn = sparkline(
      [
        { at: 0, yield10y: 4.12 },
        { at: 50, yield10y: 4.14 },
        { at: 100, yield10y: 4.13 },
      ],
      100,
      60,
    );
    expect(drawn?.low).toBeCloseTo(4.13 - SPARKLINE_MIN_RANGE_BP / 200, 10);
    expect(drawn?.high).toBeCloseTo(4.13 + SPARKLINE_MIN_RANGE_BP / 200, 10);
    // Two basis points of noise take a fifteenth of the height, not all of it.
    expect(drawn?.points).toBe('0,32 50,28 100,30');
  });
});

describe('the projector’s sparklines', () => {
  /** Three tables at 10y 4.13%: two with a few basis points of noise, one after a real move. */
  const path = (values: number[]) => values.map((yield10y, index) => ({ at: index * 1000, yield10y }));
  const tables = [
    { ...tableOf(1, []), yieldPath: path([4.12, 4.14, 4.13]) },
    { ...tableOf(2, []), yieldPath: path([4.13, 4.125, 4.13]) },
    { ...tableOf(3, []), yieldPath: path([3.73, 3.9, 4.13]) },
  ];

  async function shown(language: 'en' | 'ja') {
    const socket = fakeSocket();
    socket.answerWith((sent) =>
      sent.event === 'classroom:project' ? { ok: true, data: messageOf(tables, 3) } : undefined,
    );
    render(
      <I18nextProvider i18n={await createI18n(language)}>
        <ClassroomClientProvider client={classroomClientOn(socket)}>
          <ProjectorScreen classroomId="class-1" projectorKey={KEY} />
        </ClassroomClientProvider>
      </I18nextProvider>,
    );
    await screen.findByTestId('projector-code');
    return tables.map((table) => {
      const tile = screen.getByTestId(`projector-table-${table.tableNumber}`);
      const scale = [...within(tile).getByTestId('projector-scale').children].map((end) => end.textContent);
      const chart = within(tile).getByRole('img');
      const heights = chart
        .querySelector('polyline')!
        .getAttribute('points')!
        .split(' ')
        .map((point) => Number(point.split(',')[1]));
      return {
        scale,
        label: chart.getAttribute('aria-label'),
        drawnHeight: Math.max(...heights) - Math.min(...heights),
      };
    });
  }

  it('show each line’s scale, top and bottom, and keep noise small beside a real move', async () => {
    const [quiet, quieter, moved] = await shown('en');
    expect(quiet!.scale).toEqual(['4.28%', '3.98%']);
    expect(quieter!.scale).toEqual(['4.28%', '3.98%']);
    expect(moved!.scale).toEqual(['4.13%', '3.73%']);
    expect(quiet!.label).toBe("Table 1's 10-year yield, on a scale from 3.98% to 4.28%");
    // The tile's box is 60 high: noise draws a few units of it, the 40 bp move all of it.
    expect(quiet!.drawnHeight).toBeLessThanOrEqual(4);
    expect(quieter!.drawnHeight).toBeLessThanOrEqual(1);
    expect(moved!.drawnHeight).toBe(60);
  });

  it('say their scale in Japanese', async () => {
    const [quiet] = await shown('ja');
    expect(quiet!.scale).toEqual(['4.28%', '3.98%']);
    expect(quiet!.label).toBe('テーブル1の10年債利回り（目盛り3.98%〜4.28%）');
  });
});
