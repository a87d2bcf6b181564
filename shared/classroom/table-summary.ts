import type { PlayerView } from '../game/player-view.ts';
import type { TableSummary } from '../protocol/classroom.ts';
import type { Roster } from '../protocol/socket.ts';
import { ROLE_IDS } from '../roles.ts';

/**
 * One table at a glance for the facilitator's console, built from the view a seatless host gets
 * (`playerViewFor(state, null)`) and the table's roster: the console shows only what the host of that game
 * could see, so a sealed sheet, a hidden score or a breach not yet public stays where the rules keep it.
 */
export function tableSummaryOf(view: PlayerView, roster: Roster, tableNumber: number): TableSummary {
  return {
    tableId: view.gameId,
    tableNumber,
    phase: view.phase,
    round: view.round,
    rounds: view.rounds,
    deadline: view.deadline,
    paused: view.paused,
    pausedRemainingMs: view.pausedRemainingMs,
    market: {
      yield10y: view.market.yield10y,
      usdJpy: view.market.usdJpy,
      usEquity: view.market.usEquity,
      japanEquity: view.market.japanEquity,
      panic: view.market.panic,
    },
    seats: ROLE_IDS.map((role) => {
      const seat = roster.seats.find((entry) => entry.role === role);
      return {
        role,
        kind: seat?.kind ?? 'open',
        people: (seat?.people ?? []).map(({ id, name, connected }) => ({ id, name, connected })),
        connected: seat?.connected ?? false,
        handedIn: view.seats[role].submitted,
        score: view.seats[role].score,
      };
    }),
    dealsSigned: view.deals.length,
    breaches: view.breaches.length,
    shocks: view.shocksFired.length,
  };
}
