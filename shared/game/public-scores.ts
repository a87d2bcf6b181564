import { mappedList, sameData } from '../plain-data.ts';
import { type PerRole, perRole, ROLE_IDS, type RoleId } from '../roles.ts';
import { startingScore } from '../scoring/publication.ts';
import { reportScoreIsPublic, scorePublicityOf } from './disclosure.ts';
import type { SeatEntry } from './player-view.ts';
import type { GameState, RoundReport } from './state.ts';
import { seatControlOf } from './takeover.ts';

/**
 * The score parts of the public record: each role's standing and the reports' scores, as far as others may
 * see them (disclosure.ts says as of when). Built by adding what is public, from the scores published with
 * the round reports, never by hiding parts of the live score.
 */

/** A round report as others see it: a score not yet public for that round is null. */
export type PublicRoundReport = Omit<RoundReport, 'scores'> & { scores: PerRole<number | null> };

/**
 * A role's score as others may see it, in the view's standings and every tick. `scoreAsOfRound` null: the
 * live score; a number: the score published with that round's report (0: the first day's), because later
 * rounds read secret moves no report has revealed yet. A score that no report reveals before the end is
 * absent (`score` null, `scoreHiddenUntil: 'end'`) rather than a stale number that reads like a live one.
 */
export type PublicScore =
  | { score: number; scoreAsOfRound: number | null; scoreHiddenUntil: null }
  | { score: null; scoreAsOfRound: null; scoreHiddenUntil: 'end' };

/**
 * A seat as everyone sees it, keys in the order `{ …, ...publicScoreOf(game, seat) }` gave them. Written
 * out: a literal ending in a spread adds the spread's keys one hidden-class transition at a time, and that
 * was a third of building the public record, once for every state a bot is asked about.
 */
export function seatEntryOf(game: GameState, seat: RoleId): SeatEntry {
  const score = publicScoreOf(game, seat);
  return {
    kind: game.config.seats[seat],
    title: game.config.scenario.briefs[seat].title,
    publicBrief: game.config.scenario.briefs[seat].publicBrief,
    submitted: game.submitted[seat] !== undefined,
    control: seatControlOf(game, seat),
    score: score.score,
    scoreAsOfRound: score.scoreAsOfRound,
    scoreHiddenUntil: score.scoreHiddenUntil,
  } as SeatEntry;
}

/**
 * The public standings, each entry the one held (the view of the state before) while it says the same, and
 * the held standings if all four do (player-view.ts, `ViewBefore`).
 */
export function standingsOf(game: GameState, held: PerRole<SeatEntry> | undefined): PerRole<SeatEntry> {
  const seats = perRole((seat) => {
    const entry = seatEntryOf(game, seat);
    const was = held?.[seat];
    return was && sameData(entry, was) ? was : entry;
  });
  return held && ROLE_IDS.every((seat) => seats[seat] === held[seat]) ? held : seats;
}

/**
 * Built from the scores published with the round reports, never from the live score, so nothing a later
 * secret move did reaches it.
 */
export function publicScoreOf(game: GameState, role: RoleId): PublicScore {
  const publicity = scorePublicityOf(role, game);
  switch (publicity.kind) {
    case 'live':
      return { score: Math.round(game.scores[role].total), scoreAsOfRound: null, scoreHiddenUntil: null };
    case 'hidden':
      return { score: null, scoreAsOfRound: null, scoreHiddenUntil: publicity.until };
    case 'asOfRound': {
      const report = game.reports.find((entry) => entry.round === publicity.round);
      if (report)
        return { score: report.scores[role], scoreAsOfRound: publicity.round, scoreHiddenUntil: null };
      const first = Math.round(startingScore(role, game.config.scenario));
      return { score: first, scoreAsOfRound: 0, scoreHiddenUntil: null };
    }
  }
}

/**
 * Each report's public version, per set of scores still withheld: kept, so that a report reads as the very
 * same object from one state to the next until a score in it goes public, and an update resends only the
 * reports that changed (shared/protocol/patch.ts skips entries that are the same object).
 */
const WITHHELD_VERSIONS = new WeakMap<RoundReport, Map<string, PublicRoundReport>>();

function publicReportOf(report: RoundReport, withheld: readonly RoleId[]): PublicRoundReport {
  if (withheld.length === 0) return report;
  let versions = WITHHELD_VERSIONS.get(report);
  if (!versions) {
    versions = new Map();
    WITHHELD_VERSIONS.set(report, versions);
  }
  const key = withheld.join(',');
  let version = versions.get(key);
  if (!version) {
    const scores = perRole((role) => (withheld.includes(role) ? null : report.scores[role]));
    version = { ...report, scores };
    versions.set(key, version);
  }
  return version;
}

/**
 * What the public reports were last made from, per list of reports: the list changes only when a round
 * resolves, and what it shows of each score only with the phase's end or the holdings report, while the
 * public record is built for every state in between (every command, every tick).
 */
const PUBLIC_REPORTS = new WeakMap<
  readonly RoundReport[],
  {
    ended: boolean;
    reportedAsOfRound: number;
    scenario: GameState['config']['scenario'];
    list: PublicRoundReport[];
  }
>();

/** The round reports with each score only once it is public for that report's round. */
export function publicReportsOf(game: GameState): PublicRoundReport[] {
  const ended = game.phase === 'ended';
  const { reportedAsOfRound } = game.market;
  const scenario = game.config.scenario;
  const known = PUBLIC_REPORTS.get(game.reports);
  if (
    known &&
    known.ended === ended &&
    known.reportedAsOfRound === reportedAsOfRound &&
    known.scenario === scenario
  )
    return known.list;
  const publicity = perRole((role) => scorePublicityOf(role, game));
  const list = mappedList(game.reports, (report) => {
    const withheld = ROLE_IDS.filter((role) => !reportScoreIsPublic(publicity[role], report.round));
    return publicReportOf(report, withheld);
  });
  PUBLIC_REPORTS.set(game.reports, { ended, reportedAsOfRound, scenario, list });
  return list;
}

/** Each role's own scores in a list of reports: a list is never changed in place, so worked out once per list. */
const OWN_REPORT_SCORES = new WeakMap<readonly RoundReport[], PerRole<number[]>>();

/**
 * A seat's own score as published with each round report, in round order (`you.reportScores`): the same
 * array for every view of the same reports, so a change that adds no report adds nothing to rebuild or diff.
 */
export function ownReportScoresOf(game: GameState, role: RoleId): number[] {
  let scores = OWN_REPORT_SCORES.get(game.reports);
  if (!scores) {
    const { reports } = game;
    scores = perRole((each) => {
      const list: number[] = [];
      for (const report of reports) list.push(report.scores[each]);
      return list;
    });
    OWN_REPORT_SCORES.set(reports, scores);
  }
  return scores[role];
}
