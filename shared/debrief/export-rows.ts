import { type MoveSheet, unreadFields } from '../protocol/moves.ts';
import { ROLE_IDS } from '../roles.ts';
import { commandAuthor } from './command-author.ts';
import type { CsvCell } from './csv.ts';
import type { GameExport } from './export.ts';

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
  // Who sent a command (a name, `bot`): last, so the columns before it keep their places for tools written
  // against the earlier layout.
  'author',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportRow = Partial<Record<ExportColumn, CsvCell>> & { kind: ExportKind };

/** The kinds of row, in the order the CSV lists them (each kind in time order). */
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

/** A row without its kind: each builder below makes the rows of one kind, which adds it. */
type Cells = Partial<Record<Exclude<ExportColumn, 'kind'>, CsvCell>>;

/** The market figures each path point gives, as `market` rows. */
const MARKET_FIELDS = ['yield10y', 'mortgageRate', 'usdJpy', 'usEquity', 'japanEquity', 'panic'] as const;

const json = (value: unknown) => JSON.stringify(value);
/** A headline or a bot's reason: its i18n key as the type, its parameters (if any) as JSON text. */
const keyed = (headline: { key: string; params?: object }): Cells => ({
  type: headline.key,
  text: headline.params ? json(headline.params) : null,
});

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

/** Each kind's rows, from the export. One builder per kind, so a column is stated once per kind. */
const ROWS_OF: { [K in ExportKind]: (data: GameExport) => Cells[] } = {
  event: ({ log }) =>
    log.map(({ index, round, event }): Cells => {
      const placed = { round, at: event.at, type: event.type, value: index };
      if (event.type === 'clock:timeout' || event.type === 'market:tick') return placed;
      // A seat's warning, a bot taking it over and its return (takeover.ts): the seat, and the rest as JSON.
      if (!('command' in event)) {
        const { type: _type, role, at: _at, ...rest } = event;
        return { ...placed, role, text: json(rest) };
      }
      const { commandId, version: _version, type: _command, ...body } = event.command;
      const role = event.actor.kind === 'host' ? 'host' : event.actor.role;
      return { ...placed, role, id: commandId, text: json(body), author: commandAuthor(event) };
    }),
  sheet: ({ debrief }) =>
    debrief.sheets.flatMap(({ round, sheets, handedIn, handIns }) =>
      ROLE_IDS.flatMap((role) => {
        const unread = unreadFields(sheets[role]);
        // A sheet handed in: when, and who sent it (a standing policy was nobody's, at no time).
        const handIn = handIns[role];
        return sheetFields(sheets[role]).map(({ field, value }) => ({
          round,
          at: handIn?.at ?? null,
          role,
          type: handedIn.includes(role) ? 'handedIn' : 'standing',
          field,
          // A field the sheet's choices leave unread (a Hold's amount) has no value, as the debrief shows none.
          value: unread.includes(field) ? null : typeof value === 'boolean' ? String(value) : value,
          author: handIn?.author ?? null,
        }));
      }),
    ),
  statement: ({ debrief }) =>
    debrief.statements.map((statement) => ({
      round: statement.round,
      at: statement.at,
      role: statement.from,
      id: statement.id,
      type: statement.signal,
      field: statement.phrase ?? null,
      text: statement.text,
    })),
  message: ({ debrief }) =>
    debrief.transcripts.flatMap((channel) =>
      channel.messages.map((message) => ({
        round: message.round,
        at: message.at,
        role: message.from,
        id: message.id,
        type: channel.id,
        field: channel.members.join('+'),
        text: message.text,
        author: message.author ?? null,
      })),
    ),
  proposal: ({ debrief }) =>
    debrief.proposals.map((proposal) => ({
      round: proposal.round,
      at: proposal.at,
      role: proposal.proposer,
      id: proposal.id,
      type: proposal.status,
      field: proposal.signatories.join('+'),
      value: proposal.durationRounds,
      text: json(proposal.terms),
    })),
  deal: ({ debrief }) =>
    debrief.deals.map((deal) => ({
      round: deal.fromRound,
      at: deal.signedAt,
      role: deal.signatories.join('+'),
      id: deal.id,
      type: deal.status,
      field: 'untilRound',
      value: deal.untilRound,
      text: json(deal.terms),
    })),
  breach: ({ debrief }) =>
    debrief.breaches.map((breach) => ({
      round: breach.round,
      role: breach.role,
      id: breach.dealId,
      type: breach.term.kind,
      field: 'publicFromRound',
      value: breach.publicFromRound,
    })),
  shock: ({ debrief }) =>
    debrief.shocksFired.map((shock) => ({ round: shock.round, at: shock.at, id: shock.shockId })),
  news: ({ debrief }) =>
    debrief.news.map((item) => ({ round: item.round, at: item.at, id: item.id, ...keyed(item.headline) })),
  market: ({ debrief }) =>
    debrief.marketPath.flatMap((point) =>
      MARKET_FIELDS.map((field) => ({ round: point.round, at: point.at, field, value: point[field] })),
    ),
  score: ({ debrief }) => {
    // The totals published with each round's report (a score the rules still hide has no row)…
    const reported = debrief.reports.flatMap((report) =>
      ROLE_IDS.flatMap((role) => {
        const value = report.scores[role];
        return value === null
          ? []
          : [{ round: report.round, at: report.at, role, type: 'report', field: 'total', value }];
      }),
    );
    // …then each role's final card: its total, and every component with its weight and measure.
    const cards = debrief.scoreCards;
    const round = debrief.roundsPlayed;
    const final = cards
      ? ROLE_IDS.flatMap((role) => [
          { round, role, type: 'final', field: 'total', value: cards[role].total },
          ...cards[role].components.map((component) => ({
            round,
            role,
            type: 'final',
            field: component.id,
            value: component.score,
            text: json({ weight: component.weight, value: component.value, metric: component.metric }),
          })),
        ])
      : [];
    return [...reported, ...final];
  },
  botReason: ({ debrief }) =>
    debrief.botReasons.map((reason) => ({
      round: reason.round,
      at: reason.at,
      role: reason.role,
      ...keyed(reason.reason),
    })),
};

/** Every row of the CSV, kind by kind in EXPORT_KINDS' order (each kind in time order). */
export function exportRowsOf(data: GameExport): ExportRow[] {
  return EXPORT_KINDS.flatMap((kind) => ROWS_OF[kind](data).map((cells): ExportRow => ({ kind, ...cells })));
}
