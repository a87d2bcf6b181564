import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectorMessage, ProjectorTable } from '../../../shared/classroom/projector.ts';
import { useClassroomClient, useClassroomState } from '../../classroom/context.tsx';
import { useCountdown } from '../../game/use-countdown.ts';
import { useFormat } from '../../i18n/format.ts';
import { useHeadlineIn } from '../../i18n/text-language.ts';
import { InLanguage } from '../../ui/InLanguage.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { sparkline } from './sparkline.ts';
import './projector.css';

/**
 * From this many tables the projector draws compact tiles in smaller type. Full tiles fit three a row and
 * about nine tables on a 1920 × 1080 screen; compact ones fit a whole class (`MAX_TABLES`, 30) on it
 * without scrolling, with the leaderboard and the news beside and below.
 */
export const COMPACT_FROM_TABLES = 10;
/** Headlines the ticker shows: fewer when the tables need the height. */
const TICKER_LINES = { full: 5, compact: 3 } as const;

/**
 * The big screen of a class session, opened with the read-only projector link: every table side by side
 * (or one large, on click), the news of every table, and the class leaderboard by role, with no names.
 * Everything it shows comes from the server's projector feed (shared/classroom/projector.ts).
 */
export function ProjectorScreen({
  classroomId,
  projectorKey,
}: {
  classroomId: string;
  projectorKey: string;
}) {
  const { t } = useTranslation();
  const classroom = useClassroomClient();
  const { projector, projectorRefused } = useClassroomState();
  // A click here chooses the large table until the facilitator chooses another (`projector:focus`).
  const [clicked, setClicked] = useState<{ focus: string | null; over: string | null } | null>(null);
  useDocumentTitle(t('projector.title'));

  useEffect(() => {
    // While offline the client waits and opens the feed once connected; a refusal shows below.
    void classroom.project(classroomId, projectorKey);
  }, [classroom, classroomId, projectorKey]);

  if (projectorRefused === classroomId) return <p role="alert">{t('projector.denied')}</p>;
  if (!projector || projector.classroomId !== classroomId)
    return <p role="status">{t('projector.loading')}</p>;

  const focus = clicked && clicked.over === projector.focus ? clicked.focus : projector.focus;
  const setFocus = (tableId: string | null) => setClicked({ focus: tableId, over: projector.focus });
  const large = projector.tables.find((table) => table.tableId === focus) ?? null;
  const compact = projector.tables.length >= COMPACT_FROM_TABLES;
  return (
    <div className={compact ? 'projector compact' : 'projector'}>
      <header className="projector-head">
        <h1>{projector.title ?? t('projector.title')}</h1>
        <p className="projector-code">
          {t('projector.code')} <strong data-testid="projector-code">{projector.code}</strong>
        </p>
      </header>
      {projector.join ? (
        <figure className="projector-join" data-testid="projector-join">
          <img
            className="projector-qr"
            alt={t('classroom.console.qr', { code: projector.code })}
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(projector.join.qrSvg)}`}
          />
          <figcaption>{projector.join.url}</figcaption>
        </figure>
      ) : null}
      <div className="projector-body">
        <section aria-labelledby="projector-tables-title" className="projector-tables-area">
          <h2 id="projector-tables-title" className="sr-only">
            {t('projector.tables', { count: projector.tables.length })}
          </h2>
          {large ? (
            <div className="projector-large">
              <button type="button" className="projector-back" onClick={() => setFocus(null)}>
                {t('projector.allTables')}
              </button>
              <TableTile table={large} size="large" />
            </div>
          ) : projector.tables.length === 0 ? (
            <p>{t('projector.noTables')}</p>
          ) : (
            <ul className="projector-tables">
              {projector.tables.map((table) => (
                <li key={table.tableId}>
                  <button
                    type="button"
                    className="projector-tile-button"
                    aria-label={t('projector.enlarge', { number: table.tableNumber })}
                    onClick={() => setFocus(table.tableId)}
                  >
                    <TableTile table={table} size={compact ? 'compact' : 'full'} />
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <Leaderboard leaderboard={projector.leaderboard} />
      </div>
      <Ticker headlines={projector.headlines} lines={TICKER_LINES[compact ? 'compact' : 'full']} />
    </div>
  );
}

/**
 * One table. A compact tile keeps what the room follows from afar (the clock, the phase, the yield and its
 * line); the yen, panic, deals and breaches are on the table's large view, one click away.
 */
function TableTile({ table, size }: { table: ProjectorTable; size: 'large' | 'full' | 'compact' }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { remainingMs } = useCountdown(
    table.deadline,
    table.paused,
    table.pausedRemainingMs,
    `${table.round}:${table.phase}`,
  );
  const large = size === 'large';
  const compact = size === 'compact';
  const width = large ? 800 : 240;
  const height = large ? 240 : 60;
  const line = sparkline(table.yieldPath, width, height);
  return (
    <span
      className={size === 'full' ? 'projector-tile' : `projector-tile ${size}`}
      data-testid={`projector-table-${table.tableNumber}`}
    >
      <span className="projector-tile-head">
        <strong>{t('projector.table', { number: table.tableNumber })}</strong>
        <span className="projector-clock" data-testid="projector-clock">
          {table.paused ? t('projector.paused') : remainingMs !== null ? format.clock(remainingMs) : ''}
        </span>
      </span>
      <span className="projector-phase" data-testid="projector-phase">
        {t(`phase.names.${table.phase}`)}
        {table.round > 0
          ? ` · ${t(compact ? 'projector.roundShort' : 'projector.round', { round: table.round, rounds: table.rounds })}`
          : ''}
      </span>
      <span className="projector-figures">
        <span>{t('projector.yield', { value: format.number(table.market.yield10y, 2) })}</span>
        {compact ? null : (
          <>
            <span>{t('projector.yen', { value: format.number(table.market.usdJpy, 1) })}</span>
            <span>{t('projector.panic', { value: format.number(table.market.panic) })}</span>
          </>
        )}
      </span>
      {line ? (
        <span className="projector-chart">
          {/* The scale in numbers, so tables can be compared: each line spans its own range. */}
          <span className="projector-scale" aria-hidden="true" data-testid="projector-scale">
            <span>{format.percent(line.high, 2)}</span>
            <span>{format.percent(line.low, 2)}</span>
          </span>
          <svg
            className="projector-spark"
            viewBox={`0 0 ${width} ${height}`}
            preserveAspectRatio="none"
            role="img"
            aria-label={t('projector.chart', {
              number: table.tableNumber,
              low: format.percent(line.low, 2),
              high: format.percent(line.high, 2),
            })}
          >
            <polyline points={line.points} fill="none" vectorEffect="non-scaling-stroke" />
          </svg>
        </span>
      ) : null}
      {compact ? null : (
        <span className="projector-record">
          {t('projector.record', { deals: table.dealsSigned, breaches: table.breaches })}
        </span>
      )}
    </span>
  );
}

function Leaderboard({ leaderboard }: { leaderboard: ProjectorMessage['leaderboard'] }) {
  const { t } = useTranslation();
  return (
    <section className="projector-leaderboard" aria-labelledby="projector-leaderboard-title">
      <h2 id="projector-leaderboard-title">{t('projector.leaderboard')}</h2>
      {leaderboard.map(({ role, entries }) => (
        <div key={role} className="projector-role" data-testid={`leaderboard-${role}`}>
          <h3>{t(`roles.${role}.short`)}</h3>
          {entries.length === 0 ? (
            <p>{t('projector.noScores')}</p>
          ) : (
            <ol>
              {entries.slice(0, 5).map((entry) => (
                <li key={entry.tableNumber}>
                  <span>
                    {t('projector.place', {
                      number: entry.tableNumber,
                      role: t(`roles.${entry.role}.short`),
                    })}
                  </span>{' '}
                  <strong>{entry.score}</strong>
                </li>
              ))}
            </ol>
          )}
        </div>
      ))}
    </section>
  );
}

function Ticker({ headlines, lines }: { headlines: ProjectorMessage['headlines']; lines: number }) {
  const { t } = useTranslation();
  const headline = useHeadlineIn();
  return (
    <section className="projector-ticker" aria-labelledby="projector-ticker-title">
      <h2 id="projector-ticker-title">{t('projector.news')}</h2>
      {headlines.length === 0 ? (
        <p>{t('projector.noNews')}</p>
      ) : (
        <ol data-testid="projector-ticker">
          {headlines.slice(0, lines).map((line) => (
            <li key={line.id}>
              <span className="projector-ticker-table">
                {t('projector.table', { number: line.tableNumber })}
              </span>{' '}
              <InLanguage value={headline(line.headline)} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
