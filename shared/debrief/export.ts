import type { GameEvent } from '../game/events.ts';
import type { GameConfig } from '../game/state.ts';
import type { MarketPoint } from '../market/types.ts';
import type { MoveSheet } from '../protocol/moves.ts';
import { ROLE_IDS } from '../roles.ts';
import { type CsvCell, toCsv } from './csv.ts';
import { type DiscussionQuestion, discussionQuestions } from './questions.ts';
import { replayWithSheets } from './round-sheets.ts';
import { type TableDebrief, tableDebriefFrom } from './table.ts';

/** The version of the export's layout: outside tools check it before reading. */
export const EXPORT_FORMAT = 'leverage-export/1';

/** One game's export as JSON (docs/protocol.md, "Export"). */
export interface GameExport {
  format: typeof EXPORT_FORMAT;
  game: {
    gameId: string;
    code: string;
    seed: number;
    createdAt: number;
    rounds: number;
    bindingDeals: boolean;
    ended: boolean;
  };
  debrief: TableDebrief;
  /** Questions for the debrief drawn from this table alone (the table named by its join code). */
  questions: DiscussionQuestion[];
  /**
   * Every accepted input in order, each with the round it was applied in. Empty before the end: the log
   * holds sealed sheets and private messages.
   */
  log: { index: number; round: number; event: GameEvent }[];
}

/**
 * The CSV is one table with a `kind` column: one row per thing, in the columns that apply to it (the
 * others empty). Long rather than wide ("field", "value") so that every kind fits the same columns and a
 * spreadsheet's pivot table regroups them.
 */
export const EXPORT_COLUMNS = [
  'kind',
  'round',
  'at',
  'role',
  'id',
  'type',
  'field',
  'value',
  'text',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportRow = Partial<Record<ExportColumn, CsvCell>> & { kind: ExportKind };

export const EXPORT_KINDS = [
  'event',
  'sheet',
  'statement',
  'message',
  'proposal',
  'deal',
  'breach',
  'shock',
  'news',
  'market',
  'score',
  'botReason',
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** The market figures each path point gives, as `market` rows. */
const MARKET_FIELDS = ['yield10y', 'mortgageRate', 'usdJpy', 'usEquity', 'japanEquity', 'panic'] as const;

export interface ExportSource {
  config: GameConfig;
  code: string;
  createdAt: number;
  log: readonly GameEvent[];
}

export function gameExportOf({ config, code, createdAt, log }: ExportSource): GameExport {
  const replayed = replayWithSheets(config, createdAt, log);
  const debrief = tableDebriefFrom(config, createdAt, replayed);
  return {
    format: EXPORT_FORMAT,
    game: {
      gameId: config.gameId,
      code,
      seed: config.seed,
      createdAt,
      rounds: config.rounds,
      bindingDeals: config.bindingDeals,
      ended: debrief.ended,
    },
    debrief,
    questions: discussionQuestions([{ label: code, debrief }], config.scenario),
    log: debrief.ended
      ? log.map((event, index) => ({ index, round: replayed.eventRounds[index] ?? 0, event }))
      : [],
  };
}

const json = (value: unknown) => JSON.stringify(value);

function eventRows(data: GameExport): ExportRow[] {
  return data.log.map(({ index, round, event }) => {
    if (event.type === 'clock:timeout' || event.type === 'market:tick')
      return { kind: 'event', round, at: event.at, type: event.type, value: index };
    // A seat's warning, a bot taking it over and its return (takeover.ts): the seat, and the rest as JSON.
    if (!('command' in event)) {
      const { type, role, at, ...rest } = event;
      return { kind: 'event', round, at, role, type, value: index, text: json(rest) };
    }
    const { commandId, version: _version, type: _type, ...body } = event.command;
    return {
      kind: 'event',
      round,
      at: event.at,
      role: event.actor.kind === 'host' ? 'host' : event.actor.role,
      id: commandId,
      type: event.type,
      value: index,
      text: json(body),
    };
  });
}

/**
 * A sheet as a list of fields, in the sheet's own order; the investors' allocation as one field per
 * weight (`allocation.treasuries`…). The export's `sheet` rows and the debrief screen's tables read it.
 */
export function sheetFields(sheet: MoveSheet): { field: string; value: string | number | boolean }[] {
  return Object.entries(sheet).flatMap(([field, value]) => {
    if (field === 'role') return [];
    if (typeof value === 'object' && value !== null)
      return Object.entries(value).map(([part, weight]) => ({
        field: `${field}.${part}`,
        value: weight as number,
      }));
    return [{ field, value: value as string | number | boolean }];
  });
}

function sheetRows(debrief: TableDebrief): ExportRow[] {
  return debrief.sheets.flatMap(({ round, sheets, handedIn }) =>
    ROLE_IDS.flatMap((role) =>
      sheetFields(sheets[role]).map(
        ({ field, value }): ExportRow => ({
          kind: 'sheet',
          round,
          role,
          type: handedIn.includes(role) ? 'handedIn' : 'standing',
          field,
          value: typeof value === 'boolean' ? String(value) : value,
        }),
      ),
    ),
  );
}

function marketRows(path: readonly MarketPoint[]): ExportRow[] {
  return path.flatMap((point) =>
    MARKET_FIELDS.map((field) => ({
      kind: 'market' as const,
      round: point.round,
      at: point.at,
      field,
      value: point[field],
    })),
  );
}

function scoreRows(debrief: TableDebrief): ExportRow[] {
  const reported = debrief.reports.flatMap((report) =>
    ROLE_IDS.flatMap((role): ExportRow[] => {
      const score = report.scores[role];
      return score === null
        ? []
        : [
            {
              kind: 'score',
              round: report.round,
              at: report.at,
              role,
              type: 'report',
              field: 'total',
              value: score,
            },
          ];
    }),
  );
  const cards = debrief.scoreCards;
  const final: ExportRow[] = cards
    ? ROLE_IDS.flatMap((role) => [
        {
          kind: 'score',
          round: debrief.roundsPlayed,
          role,
          type: 'final',
          field: 'total',
          value: cards[role].total,
        },
        ...cards[role].components.map(
          (component): ExportRow => ({
            kind: 'score',
            round: debrief.roundsPlayed,
            role,
            type: 'final',
            field: component.id,
            value: component.score,
            text: json({ weight: component.weight, value: component.value, metric: component.metric }),
          }),
        ),
      ])
    : [];
  return [...reported, ...final];
}

/** Every row of the CSV, kind by kind (each kind in time order). */
export function exportRowsOf(data: GameExport): ExportRow[] {
  const { debrief } = data;
  return [
    ...eventRows(data),
    ...sheetRows(debrief),
    ...debrief.statements.map(
      (statement): ExportRow => ({
        kind: 'statement',
        round: statement.round,
        at: statement.at,
        role: statement.from,
        id: statement.id,
        type: statement.signal,
        field: statement.phrase ?? null,
        text: statement.text,
      }),
    ),
    ...debrief.transcripts.flatMap((channel) =>
      channel.messages.map(
        (message): ExportRow => ({
          kind: 'message',
          round: message.round,
          at: message.at,
          role: message.from,
          id: message.id,
          type: channel.id,
          field: channel.members.join('+'),
          text: message.text,
        }),
      ),
    ),
    ...debrief.proposals.map(
      (proposal): ExportRow => ({
        kind: 'proposal',
        round: proposal.round,
        at: proposal.at,
        role: proposal.proposer,
        id: proposal.id,
        type: proposal.status,
        field: proposal.signatories.join('+'),
        value: proposal.durationRounds,
        text: json(proposal.terms),
      }),
    ),
    ...debrief.deals.map(
      (deal): ExportRow => ({
        kind: 'deal',
        round: deal.fromRound,
        at: deal.signedAt,
        role: deal.signatories.join('+'),
        id: deal.id,
        type: deal.status,
        field: 'untilRound',
        value: deal.untilRound,
        text: json(deal.terms),
      }),
    ),
    ...debrief.breaches.map(
      (breach): ExportRow => ({
        kind: 'breach',
        round: breach.round,
        role: breach.role,
        id: breach.dealId,
        type: breach.term.kind,
        field: 'publicFromRound',
        value: breach.publicFromRound,
      }),
    ),
    ...debrief.shocksFired.map(
      (shock): ExportRow => ({ kind: 'shock', round: shock.round, at: shock.at, id: shock.shockId }),
    ),
    ...debrief.news.map(
      (item): ExportRow => ({
        kind: 'news',
        round: item.round,
        at: item.at,
        id: item.id,
        type: item.headline.key,
        text: item.headline.params ? json(item.headline.params) : null,
      }),
    ),
    ...marketRows(debrief.marketPath),
    ...scoreRows(debrief),
    ...debrief.botReasons.map(
      (reason): ExportRow => ({
        kind: 'botReason',
        round: reason.round,
        at: reason.at,
        role: reason.role,
        type: reason.reason.key,
        text: reason.reason.params ? json(reason.reason.params) : null,
      }),
    ),
  ];
}

export function exportCsvOf(data: GameExport): string {
  return toCsv(EXPORT_COLUMNS, exportRowsOf(data));
}
