import { PERSONALITIES, type Personality } from '../../bots/types.ts';
import { meanOf, round3 } from './figures.ts';
import type { SeatRecord } from './rows.ts';

/**
 * Tokyo's dilemma in figures (issue 8, item 4), read off the audit's Tokyo rows: does buying pay against
 * every White House, does an empty threat wear out, does a backed threat beat silence and move a hawk,
 * and what does a dump cost both sides.
 */

export interface TokyoDilemma {
  /** Per White House personality: the buying policies' means and Tokyo's best row against it. */
  buyingVsWhiteHouse: Record<
    Personality,
    {
      games: number;
      buyMax: number;
      buyMaxAcceptAll: number;
      /** Tokyo's best row against it, and the share of its games in which Tokyo bought every round. */
      best: { name: string; mean: number; boughtEveryRound: number };
    }
  >;
  /** Tokyo's mean credibility after each round of a threat made every round and never backed. */
  neverBackedCredibility: number[];
  /** Per White House personality: a threat backed by a measured sale against saying and doing nothing. */
  backedThreatVsSilence: Record<Personality, { games: number; backedThreat: number; silence: number }>;
  /** Share of games in which a hawkish White House bot cut the tariff, facing a backed threat and silence. */
  hawkConcedes: { backedThreat: number; silence: number };
  /** Mean scores when Tokyo sells $150bn every round. */
  dump: { tokyo: number; whiteHouse: number };
}

const tokyoMean = (records: readonly SeatRecord[]) =>
  round3(meanOf(records.map((record) => record.scores.tokyo)));

const facing = (records: readonly SeatRecord[], personality: Personality) =>
  records.filter((record) => record.whiteHouse === personality);

/** A bot counts as much as a script: the dove that buys $30bn every round is buying every round. */
const boughtEveryRound = (record: SeatRecord) =>
  record.tokyoNetSalesBn.length > 0 && record.tokyoNetSalesBn.every((sales) => sales < 0);

const shareOf = (records: readonly SeatRecord[], holds: (record: SeatRecord) => boolean) =>
  round3(records.filter(holds).length / Math.max(1, records.length));

/** A concession: at some round's end the effective tariff stood below where the game began. */
const conceded = (record: SeatRecord) =>
  (record.path ?? []).some((point) => point.tariffPct < (record.startTariffPct ?? 0) - 0.5);

export function tokyoDilemma(rows: ReadonlyMap<string, readonly SeatRecord[]>): TokyoDilemma {
  const row = (name: string) => rows.get(name) ?? [];
  const buyingVsWhiteHouse = Object.fromEntries(
    PERSONALITIES.map((personality) => {
      let best = { name: '', mean: Number.NEGATIVE_INFINITY, boughtEveryRound: 0 };
      for (const [name, records] of rows) {
        const games = facing(records, personality);
        const mean = tokyoMean(games);
        if (mean > best.mean) best = { name, mean, boughtEveryRound: shareOf(games, boughtEveryRound) };
      }
      return [
        personality,
        {
          games: Math.max(0, ...[...rows.values()].map((records) => facing(records, personality).length)),
          buyMax: tokyoMean(facing(row('buyMax'), personality)),
          buyMaxAcceptAll: tokyoMean(facing(row('buyMaxAcceptAll'), personality)),
          best,
        },
      ];
    }),
  ) as TokyoDilemma['buyingVsWhiteHouse'];

  const threats = row('threatEveryRound');
  const rounds = Math.max(0, ...threats.map((record) => record.path?.length ?? 0));
  const neverBackedCredibility = Array.from({ length: rounds }, (_, index) =>
    round3(meanOf(threats.map((record) => record.path?.[index]?.credibility ?? 0))),
  );

  const backedThreatVsSilence = Object.fromEntries(
    PERSONALITIES.map((personality) => [
      personality,
      {
        games: facing(row('threatBackedMeasured'), personality).length,
        backedThreat: tokyoMean(facing(row('threatBackedMeasured'), personality)),
        silence: tokyoMean(facing(row('doNothing'), personality)),
      },
    ]),
  ) as TokyoDilemma['backedThreatVsSilence'];

  const concedeShare = (records: readonly SeatRecord[]) => shareOf(facing(records, 'hawk'), conceded);
  const dumps = row('dump');
  return {
    buyingVsWhiteHouse,
    neverBackedCredibility,
    backedThreatVsSilence,
    hawkConcedes: {
      backedThreat: concedeShare(row('threatBackedMeasured')),
      silence: concedeShare(row('doNothing')),
    },
    dump: {
      tokyo: tokyoMean(dumps),
      whiteHouse: round3(meanOf(dumps.map((record) => record.scores.whiteHouse))),
    },
  };
}
