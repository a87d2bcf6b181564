import type { PlayerView } from '../shared/game/player-view.ts';
import type { GameUpdateMessage } from '../shared/protocol/socket.ts';
import { ROLE_IDS, type RoleId } from '../shared/roles.ts';
import { SAMPLE_SHEETS } from '../test/fixtures/sample-sheets.ts';

/**
 * The moves a load-benchmark player makes: public statements, private messages, proposals and signatures
 * while the table talks, its sheet in decide — and, for the baseline, the same kinds of move with no game
 * behind them.
 */

export type Kind = 'statement' | 'private' | 'propose' | 'accept' | 'sheet';

/** What a seat's client keeps of the game (its history spliced in from every update, as a browser does). */
export type SeatView = PlayerView;

/** An update as it arrives; the baseline's relay echoes the move's command id. */
export type UpdateSeen = GameUpdateMessage & { commandId?: string };

export interface ChosenMove {
  kind: Kind;
  body: Record<string, unknown>;
  /** True for the update this move caused: `view` is the seat's view with that update applied. */
  caused(view: SeatView | null): boolean;
}

/** A move is not started this close to a phase's end, where it could only race the deadline. */
const DEADLINE_MARGIN_MS = 500;

let commandSerial = 0;

/** Unique across the whole benchmark process, for nonces and command ids alike. */
export function nextSerial(): number {
  return ++commandSerial;
}

const SIGNAL: Record<RoleId, string> = {
  tokyo: 'hint',
  whiteHouse: 'neutral',
  investors: 'bullish',
  usBusiness: 'warnPrices',
};

/** A two-party deal each role might offer. */
const OFFERS: Record<RoleId, unknown[]> = {
  tokyo: [
    { kind: 'investmentPledge', role: 'tokyo', amountBn: 200 },
    { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true },
  ],
  whiteHouse: [
    { kind: 'tariffCap', role: 'whiteHouse', maxPct: 20, includesAutos: false },
    { kind: 'noNetSales', role: 'tokyo' },
  ],
  investors: [
    { kind: 'treasuryFloor', role: 'investors', minPct: 30 },
    { kind: 'noNetSales', role: 'tokyo' },
  ],
  usBusiness: [
    { kind: 'passThroughCap', role: 'usBusiness', maxPct: 40 },
    { kind: 'tariffCap', role: 'whiteHouse', maxPct: 10, includesAutos: true },
  ],
};

/** The move `me` makes now, given its view of the game; null when there is none worth making. */
export function chooseMove(view: SeatView | null, me: RoleId): ChosenMove | null {
  if (!view || view.paused || !['news', 'negotiate', 'decide'].includes(view.phase)) return null;
  if (view.deadline !== null && view.deadline - Date.now() < DEADLINE_MARGIN_MS) return null;
  const serial = nextSerial();
  const nonce = `n${serial}`;
  const statement = (): ChosenMove => ({
    kind: 'statement',
    body: {
      type: 'chat:statement',
      statement: { text: `${me} ${nonce}: our position is unchanged.`, signal: SIGNAL[me] },
    },
    caused: (view) => !!view && view.statements.slice(-8).some((entry) => entry.text.includes(nonce)),
  });
  const privately = (): ChosenMove => {
    const to = ROLE_IDS.filter((role) => role !== me)[serial % 3]!;
    return {
      kind: 'private',
      body: { type: 'chat:private', message: { to: [to], text: `${nonce}: can we talk about autos?` } },
      caused: (view) =>
        !!view && view.channels.some((channel) => channel.messages.at(-1)?.text.startsWith(nonce) ?? false),
    };
  };
  if (view.phase === 'decide') {
    if (view.you?.submittedMove) return null;
    const round = view.round;
    return {
      kind: 'sheet',
      body: { type: 'move:submit', move: SAMPLE_SHEETS[me] },
      caused: (view) =>
        !!view && (view.round !== round || view.phase !== 'decide' || view.you?.submittedMove != null),
    };
  }
  const draw = Math.random();
  if (view.phase === 'news') return draw < 0.5 ? statement() : privately();
  if (draw < 0.35) return statement();
  if (draw < 0.65) return privately();
  const open = view.proposals.find(
    (proposal) =>
      proposal.status === 'open' && proposal.signatories.includes(me) && !proposal.signedBy.includes(me),
  );
  if (draw >= 0.85 && open) {
    return {
      kind: 'accept',
      body: { type: 'deal:accept', proposalId: open.id },
      caused: (view) =>
        !!view &&
        view.proposals.some((proposal) => proposal.id === open.id && proposal.signedBy.includes(me)),
    };
  }
  const mine = view.proposals.filter((proposal) => proposal.proposer === me).length;
  return {
    kind: 'propose',
    body: { type: 'deal:propose', proposal: { terms: OFFERS[me], durationRounds: 2 } },
    caused: (view) => !!view && view.proposals.filter((proposal) => proposal.proposer === me).length > mine,
  };
}

/** The baseline has no game: the same kinds of move, in the proportions the real run made them. */
export function chooseRelayMove(mix: Kind[], me: RoleId): ChosenMove {
  const kind = mix[Math.floor(Math.random() * mix.length)] ?? 'statement';
  const nonce = `n${nextSerial()}`;
  const bodies: Record<Kind, Record<string, unknown>> = {
    statement: {
      type: 'chat:statement',
      statement: { text: `${me} ${nonce}: our position is unchanged.`, signal: SIGNAL[me] },
    },
    private: {
      type: 'chat:private',
      message: { to: ['tokyo'], text: `${nonce}: can we talk about autos?` },
    },
    propose: { type: 'deal:propose', proposal: { terms: OFFERS[me], durationRounds: 2 } },
    accept: { type: 'deal:accept', proposalId: 'p1' },
    sheet: { type: 'move:submit', move: SAMPLE_SHEETS[me] },
  };
  return { kind, body: bodies[kind], caused: () => true };
}
