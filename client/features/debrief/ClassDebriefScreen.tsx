import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableComparison } from '../../../shared/debrief/class.ts';
import type { SessionExport } from '../../../shared/debrief/session-export.ts';
import { ROLE_IDS } from '../../../shared/roles.ts';
import { consoleHash, debriefHash } from '../../app/routes.ts';
import { useClassroomClient } from '../../classroom/context.tsx';
import { useFacilitatorText } from '../../i18n/facilitator-text.ts';
import { useFormat } from '../../i18n/format.ts';
import { useFocusOnChange } from '../../ui/focus.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { DebriefNotReady, type NotReady } from './DebriefNotReady.tsx';
import { DebriefQuestions } from './DebriefQuestions.tsx';
import { ExportTools } from './ExportTools.tsx';
import { loadSessionExport } from './export-request.ts';
import './debrief.css';

type Loaded = NotReady | { kind: 'ready'; data: SessionExport };

/** The tables side by side: a row per table, its market at the end, its record and every role's score. */
function Comparison({ rows, classroomId }: { rows: readonly TableComparison[]; classroomId: string }) {
  const { t } = useTranslation();
  const ft = useFacilitatorText();
  const format = useFormat();
  const score = (value: number | null) => (value === null ? '—' : format.number(value, 0));
  return (
    <section className="card debrief-section" aria-labelledby="class-comparison">
      <h2 id="class-comparison">{ft('classDebrief.comparison')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{ft('classDebrief.noTables')}</p>
      ) : (
        <div className="table-scroll">
          <table className="compact-table" data-testid="class-comparison">
            <caption>{ft('classDebrief.comparisonCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{ft('classDebrief.table')}</th>
                <th scope="col">{ft('classDebrief.finalYield')}</th>
                <th scope="col">{ft('classDebrief.panicPeak')}</th>
                <th scope="col">{ft('classDebrief.deals')}</th>
                <th scope="col">{ft('classDebrief.breaches')}</th>
                {ROLE_IDS.map((role) => (
                  <th scope="col" key={role}>
                    {t(`roles.${role}.short`)}
                  </th>
                ))}
                <th scope="col">{ft('classDebrief.tableDebrief')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">
                    {row.label}
                    {row.ended ? '' : ` (${ft('classDebrief.running')})`}
                  </th>
                  <td>
                    {ft('classDebrief.yieldFigures', {
                      yield: format.percent(row.final.yield10y, 2),
                      change: format.signed(row.yieldChangeBp, 0),
                    })}
                  </td>
                  <td>{format.number(row.panicPeak, 0)}</td>
                  <td>{format.number(row.dealsReached, 0)}</td>
                  <td>{format.number(row.breaches, 0)}</td>
                  {ROLE_IDS.map((role) => (
                    <td key={role}>{score(row.scores[role])}</td>
                  ))}
                  <td>
                    <a href={debriefHash(row.gameId, classroomId)}>
                      {ft('classDebrief.open', { table: row.label })}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * The class debrief, for the facilitator only (with the token this browser kept when it created the
 * session): every table side by side, the questions drawn from the whole class, a link to each table's
 * own debrief, and the session's export to download. Built from the session export, so it shows exactly
 * what the export holds (a table still running shows its public record only); laid out to print.
 */
export function ClassDebriefScreen({ classroomId }: { classroomId: string }) {
  const ft = useFacilitatorText();
  const classroom = useClassroomClient();
  const [token] = useState(() => classroom.facilitatorToken(classroomId));
  const [loaded, setLoaded] = useState<Loaded>(token ? { kind: 'loading' } : { kind: 'refused' });
  useDocumentTitle(ft('classDebrief.title'));
  const heading = useFocusOnChange<HTMLHeadingElement>(loaded.kind);

  useEffect(() => {
    if (!token) return;
    let current = true;
    void loadSessionExport(classroomId, token).then((result) => {
      if (current)
        setLoaded(
          result.ok ? { kind: 'ready', data: result.data } : { kind: 'failed', status: result.status },
        );
    });
    return () => {
      current = false;
    };
  }, [classroomId, token]);

  const session = loaded.kind === 'ready' ? loaded.data.session : null;
  const title = (
    <h1 data-testid="class-debrief-title" ref={heading} tabIndex={-1}>
      {ft('classDebrief.title')}
      {session ? ` · ${session.title ?? session.code}` : ''}
    </h1>
  );
  if (loaded.kind !== 'ready' || !token) {
    return (
      <DebriefNotReady
        title={title}
        state={loaded.kind === 'ready' ? { kind: 'refused' } : loaded}
        refusal={ft('classDebrief.notFacilitator')}
      />
    );
  }
  const { comparison, questions } = loaded.data;
  return (
    <div className="screen debrief">
      {title}
      <p className="card-lead">{ft('classDebrief.lead')}</p>
      <ExportTools of={{ session: classroomId }} token={token}>
        <a className="button" href={consoleHash(classroomId)}>
          {ft('classDebrief.backToConsole')}
        </a>
      </ExportTools>
      <Comparison rows={comparison} classroomId={classroomId} />
      <DebriefQuestions questions={questions} />
    </div>
  );
}
