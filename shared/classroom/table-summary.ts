import type { PlayerView } from '../game/player-view.ts';
import type { TimeRequest } from '../game/state.ts';
import type { TableAtAGlance, TableSummary } from '../protocol/classroom.ts';
import type { Roster } from '../protocol/socket.ts';
import { ROLE_IDS } from '../roles.ts';

/**
 * One table at a glance for the facilitator's console, built from the view a seatless host gets
 * (`playerViewFor(state, null)`), the table's roster and its open requests for more time (the host's own
 * desk, `time:requests`, which the facilitator as the table's host may see): the console shows only what the
 * host of that game could see, so a sealed sheet, a hidden score or a breach not yet public stays where the
 * rules keep it.
 */
export function tableSummaryOf(
  view: PlayerView,
  roster: Roster,
  tableNumber: number,
  timeRequests: readonly TimeRequest[],
): TableSummary {
  return {
    ...tableAtAGlance(view, tableNumber),
    seats: ROLE_IDS.map((role) => {
      const seat = roster.seats.find((entry) => entry.role === role);
      return {
        role,
        kind: seat?.kind ?? 'open',
        people: (seat?.people ?? []).map(({ id, name, connected }) => ({ id, name, connected })),
        captainId: seat?.captainId ?? null,
        connected: seat?.connected ?? false,
        handedIn: view.seats[role].submitted,
        control: view.seats[role].control,
        score: view.seats[role].score,
      };
    }),
    dealsSigned: view.deals.length,
    breaches: view.breaches.length,
    shocks: view.shocksFired.length,
    timeRequests: timeRequests
      .filter((request) => request.status === 'pending')
      .map(({ id, role, seconds, at }) => ({ id, role, seconds, at })),
  };
}

/** A table's clock and headline market, the part the console and the projector both show. */
export function tableAtAGlance(view: PlayerView, tableNumber: number): TableAtAGlance {
  const { yield10y, usdJpy, usEquity, japanEquity, panic } = view.market;
  return {
    tableId: view.gameId,
    tableNumber,
    phase: view.phase,
    round: view.round,
    rounds: view.rounds,
    deadline: view.deadline,
    paused: view.paused,
    pausedRemainingMs: view.pausedRemainingMs,
    market: { yield10y, usdJpy, usEquity, japanEquity, panic },
  };
}
