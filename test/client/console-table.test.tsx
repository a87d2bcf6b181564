// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleTable } from '../../client/features/classroom/ConsoleTable.tsx';
import type { TableSummary } from '../../shared/protocol/classroom.ts';
import { ROLE_IDS } from '../../shared/roles.ts';
import { renderWith, seatedClient } from './helpers.tsx';

afterEach(cleanup);

const seatOf = (role: (typeof ROLE_IDS)[number]): TableSummary['seats'][number] => ({
  role,
  kind: 'human',
  people: [],
  captainId: null,
  connected: true,
  handedIn: false,
  control: null,
  score: null,
});

function tableWithTokyoTeam(captainId: string): TableSummary {
  return {
    tableId: 'game-a',
    tableNumber: 3,
    phase: 'negotiate',
    round: 1,
    rounds: 4,
    deadline: null,
    paused: false,
    pausedRemainingMs: null,
    market: { yield10y: 4.3, usdJpy: 150, usEquity: 100, japanEquity: 100, panic: 20 },
    seats: ROLE_IDS.map((role) =>
      role === 'tokyo'
        ? {
            ...seatOf(role),
            people: [
              { id: 'person2', name: 'Aiko', connected: true },
              { id: 'person3', name: 'Ken', connected: true },
              { id: 'person4', name: 'Mei', connected: false },
            ],
            captainId,
          }
        : { ...seatOf(role), people: [{ id: `person-${role}`, name: role, connected: true }] },
    ),
    dealsSigned: 0,
    breaches: 0,
    shocks: 0,
    timeRequests: [],
  };
}

describe("the console's table card", () => {
  it("names a team's captain, and sends team:captain for the member the facilitator picks", () => {
    const named: string[] = [];
    renderWith(
      <ConsoleTable
        table={tableWithTokyoTeam('person2')}
        selected={false}
        onSelect={() => {}}
        onProjector={() => {}}
        onCaptain={(personId) => named.push(personId)}
        onGrant={() => {}}
      />,
      seatedClient().client,
    );
    const captain = screen.getByTestId('captain-tokyo');
    expect(captain.textContent).toContain('Captain: Aiko');
    // A seat of one has no team, so nothing to choose.
    expect(screen.queryByTestId('captain-whiteHouse')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Make Aiko captain' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Make Mei captain' }));
    expect(named).toEqual(['person4']);
  });

  it('writes the market with the client’s number formatter, as the round reports do', () => {
    const market = { yield10y: 4.145, usdJpy: 150.35, usEquity: 100, japanEquity: 100, panic: 31.5 };
    renderWith(
      <ConsoleTable
        table={{ ...tableWithTokyoTeam('person2'), market }}
        selected={false}
        onSelect={() => {}}
        onProjector={() => {}}
        onCaptain={() => {}}
        onGrant={() => {}}
      />,
      seatedClient().client,
    );
    // 4.145 is 4.14499… in binary: toFixed(2) would write 4.14, the formatter (and the reports) 4.15.
    expect(screen.getByText(/^10y /).textContent).toBe('10y 4.15% · ¥150.4 · panic 32');
  });

  it('says it in Japanese', () => {
    renderWith(
      <ConsoleTable
        table={tableWithTokyoTeam('person3')}
        selected={false}
        onSelect={() => {}}
        onProjector={() => {}}
        onCaptain={() => {}}
        onGrant={() => {}}
      />,
      seatedClient().client,
      'ja',
    );
    expect(screen.getByTestId('captain-tokyo').textContent).toContain('キャプテン：Kenさん');
    expect(screen.getByRole('button', { name: 'Aikoさんをキャプテンにする' })).toBeTruthy();
  });

  it('says a bot is playing for a seat’s people while they are away, in English and Japanese', () => {
    const table = tableWithTokyoTeam('person2');
    const takenOver: TableSummary = {
      ...table,
      seats: table.seats.map((seat) =>
        seat.role === 'whiteHouse' ? { ...seat, control: { status: 'bot', since: 0, level: 'easy' } } : seat,
      ),
    };
    const card = (language: 'en' | 'ja') =>
      renderWith(
        <ConsoleTable
          table={takenOver}
          selected={false}
          onSelect={() => {}}
          onProjector={() => {}}
          onCaptain={() => {}}
          onGrant={() => {}}
        />,
        seatedClient().client,
        language,
      );
    card('en');
    const seats = () => [...document.querySelectorAll('.console-seats li')].map((item) => item.textContent);
    expect(seats()[1]).toContain('Bot playing for whiteHouse');
    expect(seats()[0]).toContain('Aiko, Ken, Mei');
    cleanup();
    card('ja');
    expect(seats()[1]).toContain('whiteHouseの代わりにボットがプレイ中');
  });

  it("lists the seats' open requests for more time, each granted with one click, in English and Japanese", () => {
    const granted: string[] = [];
    const asking: TableSummary = {
      ...tableWithTokyoTeam('person2'),
      timeRequests: [
        { id: 't3', role: 'whiteHouse', seconds: 60, at: 0 },
        { id: 't4', role: 'investors', seconds: 60, at: 1 },
      ],
    };
    const card = (language: 'en' | 'ja') =>
      renderWith(
        <ConsoleTable
          table={asking}
          selected={false}
          onSelect={() => {}}
          onProjector={() => {}}
          onCaptain={() => {}}
          onGrant={(requestId) => granted.push(requestId)}
        />,
        seatedClient().client,
        language,
      );
    card('en');
    expect(screen.getByTestId('time-requests').textContent).toContain('Requests for more time');
    fireEvent.click(screen.getByRole('button', { name: 'Give Investors 60 s more' }));
    expect(granted).toEqual(['t4']);
    cleanup();
    card('ja');
    expect(screen.getAllByRole('button', { name: /に60秒延長する$/ })).toHaveLength(2);
    expect(screen.getByTestId('time-requests').textContent).toContain('延長の申請');
  });

  it('shows no request list while nobody asks', () => {
    renderWith(
      <ConsoleTable
        table={tableWithTokyoTeam('person2')}
        selected={false}
        onSelect={() => {}}
        onProjector={() => {}}
        onCaptain={() => {}}
        onGrant={() => {}}
      />,
      seatedClient().client,
    );
    expect(screen.queryByTestId('time-requests')).toBeNull();
  });

  it("shows each table's time left in its phase, and what a paused table has left, in English and Japanese", () => {
    const card = (table: TableSummary, language: 'en' | 'ja' = 'en') =>
      renderWith(
        <ConsoleTable
          table={table}
          selected={false}
          onSelect={() => {}}
          onProjector={() => {}}
          onCaptain={() => {}}
          onGrant={() => {}}
        />,
        seatedClient().client,
        language,
      );
    const table = { ...tableWithTokyoTeam('person2'), round: 2, rounds: 3 };
    card({ ...table, deadline: Date.now() + 95_000 });
    expect(screen.getByTestId('table-phase').textContent).toBe('Negotiate · round 2 of 3');
    expect(screen.getByTestId('table-clock').textContent).toBe('1:35 left');
    cleanup();
    card({ ...table, paused: true, pausedRemainingMs: 42_000 });
    expect(screen.getByTestId('table-phase').textContent).toBe('Negotiate · round 2 of 3 · paused');
    expect(screen.getByTestId('table-clock').textContent).toBe('0:42 left');
    cleanup();
    card({ ...table, paused: true, pausedRemainingMs: 42_000 }, 'ja');
    expect(screen.getByTestId('table-clock').textContent).toBe('残り0:42');
    cleanup();
    // A table in its lobby has no clock yet.
    card({ ...table, phase: 'lobby', round: 0 });
    expect(screen.queryByTestId('table-clock')).toBeNull();
  });

  it("labels a seat's score, and says nothing of a bot's connection: only people are online or not", () => {
    const table = tableWithTokyoTeam('person2');
    const scored: TableSummary = {
      ...table,
      seats: table.seats.map((seat) =>
        seat.role === 'investors'
          ? { ...seat, score: 54 }
          : seat.role === 'usBusiness'
            ? { ...seat, kind: 'bot', people: [], connected: true }
            : seat,
      ),
    };
    const card = (language: 'en' | 'ja') =>
      renderWith(
        <ConsoleTable
          table={scored}
          selected={false}
          onSelect={() => {}}
          onProjector={() => {}}
          onCaptain={() => {}}
          onGrant={() => {}}
        />,
        seatedClient().client,
        language,
      );
    const seats = () => [...document.querySelectorAll('.console-seats li')].map((item) => item.textContent);
    card('en');
    expect(seats()[2]).toBe('Investors · investors · online · score 54');
    expect(seats()[3]).toBe('US business · bot');
    cleanup();
    card('ja');
    expect(seats()[2]).toContain('スコア 54');
    expect(seats()[3]).not.toContain('接続中');
  });
});
