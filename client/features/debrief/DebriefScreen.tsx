import { useEffect, useState } from 'react';
import type { GameExport } from '../../../shared/debrief/export.ts';
import { classDebriefHash, gameHash } from '../../app/routes.ts';
import { useClassroomClient } from '../../classroom/context.tsx';
import { useFacilitatorText } from '../../i18n/facilitator-text.ts';
import { createSeatStore } from '../../net/seat-store.ts';
import { useFocusOnChange } from '../../ui/focus.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { DebriefNotReady, type NotReady } from './DebriefNotReady.tsx';
import { DebriefQuestions } from './DebriefQuestions.tsx';
import { DebriefScores } from './DebriefScores.tsx';
import { DebriefSheets } from './DebriefSheets.tsx';
import { DebriefTimeline } from './DebriefTimeline.tsx';
import { DebriefBotReasons, DebriefTranscripts } from './DebriefVoices.tsx';
import { ExportTools } from './ExportTools.tsx';
import { loadGameExport } from './export-request.ts';
import './debrief.css';

type Loaded = NotReady | { kind: 'ready'; data: GameExport };

/** The host's token for this game, if this browser holds the host's seat (where main.tsx keeps seats). */
function hostToken(gameId: string): string | null {
  for (const storage of ['localStorage', 'sessionStorage'] as const) {
    try {
      const seat = createSeatStore(window[storage]).load(gameId);
      if (seat) return seat.isHost ? seat.token : null;
    } catch {
      // Storage disabled: try the other.
    }
  }
  return null;
}

/** A class session's table by its number, as everything in a class names it; any other game by its code. */
function tableName(
  game: GameExport['game'],
  ft: (key: string, options?: Record<string, unknown>) => string,
): string {
  return game.table === null ? game.code : ft('debrief.table', { number: game.table });
}

/**
 * The facilitator's debrief of one table: the timeline with its annotated charts, the discussion
 * questions, every sealed sheet round by round, the scores broken down, the bots' reasons and the private
 * transcripts. Built from the export (docs/protocol.md), so it shows exactly what the export holds; it is
 * laid out to print, a section to a page.
 */
export function DebriefScreen({ gameId, classroomId }: { gameId: string; classroomId?: string }) {
  const ft = useFacilitatorText();
  const classroom = useClassroomClient();
  // Else the facilitator's, from the class debrief's link: a class's tables are hosted by its facilitator.
  const [token] = useState(
    () => hostToken(gameId) ?? (classroomId ? classroom.facilitatorToken(classroomId) : null),
  );
  const [loaded, setLoaded] = useState<Loaded>(token ? { kind: 'loading' } : { kind: 'refused' });
  useDocumentTitle(ft('debrief.title'));
  const heading = useFocusOnChange<HTMLHeadingElement>(loaded.kind);

  useEffect(() => {
    if (!token) return;
    let current = true;
    void loadGameExport(gameId, token).then((result) => {
      if (current)
        setLoaded(
          result.ok ? { kind: 'ready', data: result.data } : { kind: 'failed', status: result.status },
        );
    });
    return () => {
      current = false;
    };
  }, [gameId, token]);

  const title = (
    <h1 data-testid="debrief-title" ref={heading} tabIndex={-1}>
      {ft('debrief.title')}
      {loaded.kind === 'ready' ? ` · ${tableName(loaded.data.game, ft)}` : ''}
    </h1>
  );
  if (loaded.kind !== 'ready' || !token) {
    return (
      <DebriefNotReady
        title={title}
        state={loaded.kind === 'ready' ? { kind: 'refused' } : loaded}
        refusal={ft('debrief.notHost')}
      />
    );
  }
  const { debrief, questions, game } = loaded.data;
  return (
    <div className="screen debrief">
      {title}
      <p className="card-lead">{ft(debrief.ended ? 'debrief.lead' : 'debrief.leadRunning')}</p>
      <ExportTools of={{ game: gameId }} token={token}>
        {classroomId ? (
          <a className="button" href={classDebriefHash(classroomId)}>
            {ft('classDebrief.back')}
          </a>
        ) : (
          <a className="button" href={gameHash(gameId)}>
            {ft('debrief.backToGame')}
          </a>
        )}
      </ExportTools>
      <DebriefTimeline debrief={debrief} />
      <DebriefQuestions questions={questions} />
      {debrief.ended ? <DebriefSheets rounds={debrief.sheets} /> : null}
      <DebriefScores debrief={debrief} />
      {debrief.ended ? <DebriefBotReasons debrief={debrief} /> : null}
      {debrief.ended ? <DebriefTranscripts debrief={debrief} alone={game.tableOfOne} /> : null}
    </div>
  );
}
