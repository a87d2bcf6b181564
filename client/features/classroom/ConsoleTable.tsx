import { useTranslation } from 'react-i18next';
import type { TableSummary } from '../../../shared/protocol/classroom.ts';
import { useCountdown } from '../../game/use-countdown.ts';
import { useFacilitatorText } from '../../i18n/facilitator-text.ts';
import { useFormat } from '../../i18n/format.ts';
import { takeoverText } from '../scores/standings.ts';

type Seat = TableSummary['seats'][number];

/**
 * One table on the console: its clock, headline market and seats (who plays each, a bot stepping in for
 * idle people included), a tick to include it in the controls, the seats' open requests for more time, each
 * granted with one click (the table's own `host:grantTime`, as a host's time desk does),
 * and, for a team, who its captain is with a button to name another member (the server checks it, as the
 * table's own `team:captain` from its host).
 */
export function ConsoleTable({
  table,
  selected,
  onSelect,
  onProjector,
  onCaptain,
  onGrant,
}: {
  table: TableSummary;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onProjector: () => void;
  onCaptain: (personId: string) => void;
  onGrant: (requestId: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const heading = t('classroom.console.table', { number: table.tableNumber });
  // The same countdown and clock as a player's phase bar and the projector: paused, the time it has left.
  const { remainingMs } = useCountdown(
    table.deadline,
    table.paused,
    table.pausedRemainingMs,
    `${table.round}:${table.phase}`,
  );
  const seatPlayer = (seat: Seat) => {
    if (seat.kind === 'bot') return t('classroom.console.bot');
    const names = format.list(seat.people.map((person) => person.name));
    return takeoverText(t, seat.control, names, format.time) ?? (names || t('classroom.console.open'));
  };
  return (
    <article className="card console-table" data-testid={`table-${table.tableNumber}`} aria-label={heading}>
      <label className="console-table-head checkbox-label">
        <input type="checkbox" checked={selected} onChange={(event) => onSelect(event.target.checked)} />
        <strong>{heading}</strong>
      </label>
      <p data-testid="table-phase">
        {t(`phase.names.${table.phase}`)}
        {table.round > 0
          ? ` · ${t('classroom.console.round', { round: table.round, rounds: table.rounds })}`
          : ''}
        {table.paused ? ` · ${t('classroom.console.paused')}` : ''}
      </p>
      {remainingMs !== null ? (
        <p data-testid="table-clock">
          {t('classroom.console.timeLeft', { time: format.clock(remainingMs) })}
        </p>
      ) : null}
      <p>
        {t('classroom.console.market', {
          yield: format.number(table.market.yield10y, 2),
          yen: format.number(table.market.usdJpy, 1),
          panic: format.number(table.market.panic),
        })}
      </p>
      <ul className="console-seats">
        {table.seats.map((seat) => (
          <li key={seat.role}>
            <strong>{t(`roles.${seat.role}.short`)}</strong> · {seatPlayer(seat)}
            {/* A bot is always there: only people are online or not. */}
            {seat.kind === 'bot'
              ? null
              : ` · ${seat.connected ? t('classroom.console.online') : t('classroom.console.offline')}`}
            {seat.handedIn ? <span> · {t('classroom.console.handedIn')}</span> : null}
            {seat.score !== null ? (
              <span> · {t('classroom.console.score', { score: format.number(seat.score) })}</span>
            ) : null}
            {seat.people.length > 1 ? <TeamCaptain seat={seat} onCaptain={onCaptain} /> : null}
          </li>
        ))}
      </ul>
      {table.timeRequests.length > 0 ? (
        <div className="console-time-requests" data-testid="time-requests">
          <p>{t('time.deskTitle')}</p>
          <ul className="plain-list">
            {table.timeRequests.map((request) => (
              <li key={request.id}>
                <button type="button" className="button small" onClick={() => onGrant(request.id)}>
                  {t('time.grant', { role: t(`roles.${request.role}.short`), seconds: request.seconds })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>
        {t('classroom.console.record', {
          deals: table.dealsSigned,
          breaches: table.breaches,
          shocks: table.shocks,
        })}
      </p>
      <button type="button" className="button" onClick={onProjector}>
        {t('classroom.console.projectorFocus', { number: table.tableNumber })}
      </button>
    </article>
  );
}

/** A team's captain, and a button for each other member to make them the captain. */
function TeamCaptain({ seat, onCaptain }: { seat: Seat; onCaptain: (personId: string) => void }) {
  const ft = useFacilitatorText();
  const captain = seat.people.find((person) => person.id === seat.captainId);
  return (
    <div className="console-captain" data-testid={`captain-${seat.role}`}>
      <p>{captain ? ft('console.captainIs', { name: captain.name }) : ft('console.noCaptain')}</p>
      <div className="button-row">
        {seat.people
          .filter((person) => person.id !== seat.captainId)
          .map((person) => (
            <button key={person.id} type="button" className="button" onClick={() => onCaptain(person.id)}>
              {ft('console.makeCaptain', { name: person.name })}
            </button>
          ))}
      </div>
    </div>
  );
}
