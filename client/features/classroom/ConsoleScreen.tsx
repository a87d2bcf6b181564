import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassroomCommand, TableOutcome, Target } from '../../../shared/protocol/classroom.ts';
import { DEFAULT_SHOCKS } from '../../../shared/scenario/shocks.ts';
import { classDebriefHash, projectorHash } from '../../app/routes.ts';
import { useClassroomClient, useClassroomState } from '../../classroom/context.tsx';
import { useFacilitatorText } from '../../i18n/facilitator-text.ts';
import { TextField } from '../../ui/fields.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { ExportTools } from '../debrief/ExportTools.tsx';
import { ShockOptions } from '../host/ShockOptions.tsx';
import { ConsolePeople } from './ConsolePeople.tsx';
import { ConsoleTable } from './ConsoleTable.tsx';
import { consoleOutcomeText } from './console-outcome.ts';
import './classroom.css';

/**
 * The facilitator's console: the code to project, the people waiting, every table live, and the controls
 * for all tables or the ones ticked. Everything it shows comes from the server's console feed.
 */
export function ConsoleScreen({ classroomId }: { classroomId: string }) {
  const { t } = useTranslation();
  const ft = useFacilitatorText();
  const classroom = useClassroomClient();
  const { console: room, created, projectorKey } = useClassroomState();
  const [selected, setSelected] = useState<string[]>([]);
  const [shockId, setShockId] = useState(DEFAULT_SHOCKS[0]?.id ?? '');
  const [message, setMessage] = useState('');
  const fieldId = useId();
  const [outcome, setOutcome] = useState<TableOutcome[] | null>(null);
  const [denied, setDenied] = useState(false);
  const [token] = useState(() => classroom.facilitatorToken(classroomId));
  useDocumentTitle(t('classroom.console.title'));

  useEffect(() => {
    void classroom.watch(classroomId).then((ack) => {
      setDenied(!ack.ok);
      if (ack.ok) void classroom.projectorLink(classroomId);
    });
  }, [classroom, classroomId]);

  if (denied) return <p role="alert">{t('classroom.console.denied')}</p>;
  if (!room || room.classroomId !== classroomId) return <p role="status">{t('classroom.console.loading')}</p>;

  const target: Target = selected.length > 0 ? selected : 'all';
  async function send(command: ClassroomCommand) {
    const ack = await classroom.command(classroomId, command);
    if (!ack.ok) return;
    setOutcome(ack.data.outcomes);
  }
  const waiting = room.people.filter((person) => person.seat === null);
  const qr = created?.classroomId === classroomId ? created.joinQrSvg : null;

  return (
    <div className="screen class-console">
      <header className="console-head">
        <h1>{room.title ?? t('classroom.console.title')}</h1>
        <p className="console-code">
          {t('classroom.console.code')} <strong data-testid="class-code">{room.code}</strong>
        </p>
        {qr ? (
          <img
            className="console-qr"
            alt={t('classroom.console.qr', { code: room.code })}
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr)}`}
          />
        ) : null}
        {projectorKey?.classroomId === classroomId ? (
          <p>
            <a
              href={projectorHash(classroomId, projectorKey.key)}
              target="_blank"
              rel="noopener"
              data-testid="projector-link"
            >
              {t('classroom.console.projectorLink')}
            </a>
          </p>
        ) : null}
        <p>{t('classroom.console.people', { count: room.people.length, waiting: waiting.length })}</p>
        <p>
          <a href={classDebriefHash(classroomId)} data-testid="class-debrief-link">
            {ft('console.classDebrief')}
          </a>
        </p>
        {token ? <ExportTools of={{ session: classroomId }} token={token} printable={false} /> : null}
      </header>

      <ConsolePeople people={room.people} tables={room.tables} onPlace={(command) => void send(command)} />

      <section className="card console-controls" aria-labelledby="console-controls-title">
        <h2 id="console-controls-title">
          {selected.length > 0
            ? t('classroom.console.forSelected', { count: selected.length })
            : t('classroom.console.forAll')}
        </h2>
        <div className="button-row">
          <button type="button" className="button primary" onClick={() => void send({ type: 'tables:form' })}>
            {t('classroom.console.form')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void send({ type: 'tables:start', target })}
          >
            {t('classroom.console.start')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void send({ type: 'tables:pause', target })}
          >
            {t('classroom.console.pause')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void send({ type: 'tables:resume', target })}
          >
            {t('classroom.console.resume')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void send({ type: 'tables:extend', target, seconds: 60 })}
          >
            {t('classroom.console.extend')}
          </button>
          <button
            type="button"
            className="button"
            // Each table's phase as this console shows it: one that timed out meanwhile is not skipped again.
            onClick={() =>
              void send({
                type: 'tables:skip',
                target,
                seen: room.tables.map(({ tableId, round, phase }) => ({ tableId, round, phase })),
              })
            }
          >
            {t('classroom.console.skip')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void send({ type: 'clocks:align', target })}
          >
            {t('classroom.console.align')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void send({ type: 'projector:focus', tableId: null })}
          >
            {t('classroom.console.projectorAll')}
          </button>
          <button
            type="button"
            className="button danger"
            onClick={() => void send({ type: 'tables:end', target })}
          >
            {t('classroom.console.end')}
          </button>
        </div>
        <div className="console-action">
          <div className="field">
            <label htmlFor={`${fieldId}-shock`}>{t('classroom.console.shock')}</label>
            <select
              id={`${fieldId}-shock`}
              value={shockId}
              onChange={(event) => setShockId(event.target.value)}
              name="consoleShock"
            >
              {/* The tables' own length once formed; before that, the length the session will give them. */}
              <ShockOptions
                rounds={
                  room.tables.length > 0 ? Math.max(...room.tables.map((table) => table.rounds)) : room.rounds
                }
              />
            </select>
          </div>
          <button
            type="button"
            className="button"
            onClick={() => void send({ type: 'shock:inject', target, shockId })}
          >
            {t('classroom.console.inject')}
          </button>
        </div>
        <div className="console-action">
          <TextField
            label={t('classroom.console.message')}
            name="consoleMessage"
            value={message}
            maxLength={280}
            onChange={setMessage}
          />
          <button
            type="button"
            className="button"
            disabled={message.trim() === ''}
            onClick={() => void send({ type: 'message:broadcast', target, text: message.trim() })}
          >
            {t('classroom.console.broadcast')}
          </button>
        </div>
        {outcome ? (
          <p role="status" data-testid="console-outcome">
            {consoleOutcomeText(ft, outcome)}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="console-tables-title">
        <h2 id="console-tables-title">{t('classroom.console.tables', { count: room.tables.length })}</h2>
        <div className="console-tables">
          {room.tables.map((table) => (
            <ConsoleTable
              key={table.tableId}
              table={table}
              selected={selected.includes(table.tableId)}
              onProjector={() => void send({ type: 'projector:focus', tableId: table.tableId })}
              onCaptain={(personId) => void send({ type: 'team:captain', tableId: table.tableId, personId })}
              onGrant={(requestId) => void send({ type: 'time:grant', tableId: table.tableId, requestId })}
              onSelect={(on) =>
                setSelected((current) =>
                  on ? [...current, table.tableId] : current.filter((id) => id !== table.tableId),
                )
              }
            />
          ))}
        </div>
      </section>
    </div>
  );
}
