import { useEffect, useState } from 'react';
import type { GameExport } from '../../../shared/debrief/export.ts';
import type { DiscussionQuestion } from '../../../shared/debrief/questions.ts';
import { gameHash } from '../../app/routes.ts';
import { useFacilitatorText } from '../../i18n/facilitator-text.ts';
import { useHeadlineIn } from '../../i18n/text-language.ts';
import { createSeatStore } from '../../net/seat-store.ts';
import { useFocusOnChange } from '../../ui/focus.ts';
import { InLanguage } from '../../ui/InLanguage.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { DebriefScores } from './DebriefScores.tsx';
import { DebriefSheets } from './DebriefSheets.tsx';
import { DebriefTimeline } from './DebriefTimeline.tsx';
import { DebriefBotReasons, DebriefTranscripts } from './DebriefVoices.tsx';
import { downloadExport, type ExportFormat, loadGameExport } from './export-request.ts';
import './debrief.css';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'notHost' }
  | { kind: 'failed'; status: number }
  | { kind: 'ready'; data: GameExport };

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

function Questions({ questions }: { questions: readonly DiscussionQuestion[] }) {
  const ft = useFacilitatorText();
  const headline = useHeadlineIn();
  return (
    <section className="card debrief-section" aria-labelledby="debrief-questions">
      <h2 id="debrief-questions">{ft('debrief.questions')}</h2>
      {questions.length === 0 ? (
        <p className="muted">{ft('debrief.noQuestions')}</p>
      ) : (
        <ol data-testid="debrief-questions">
          {questions.map(({ question }) => (
            <li key={`${question.key}:${JSON.stringify(question.params)}`}>
              <InLanguage value={headline(question)} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Tools({ gameId, token }: { gameId: string; token: string }) {
  const ft = useFacilitatorText();
  const [failure, setFailure] = useState<number | null>(null);
  const download = async (format: ExportFormat) => {
    const result = await downloadExport(gameId, token, format);
    setFailure(result.ok ? null : result.status);
  };
  return (
    <section className="debrief-tools" aria-label={ft('debrief.tools')}>
      <button type="button" className="button" onClick={() => window.print()}>
        {ft('debrief.print')}
      </button>
      <button
        type="button"
        className="button primary"
        data-testid="download-csv"
        onClick={() => void download('csv')}
      >
        {ft('debrief.downloadCsv')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="download-json"
        onClick={() => void download('json')}
      >
        {ft('debrief.downloadJson')}
      </button>
      <a className="button" href={gameHash(gameId)}>
        {ft('debrief.backToGame')}
      </a>
      {failure !== null ? <p role="alert">{ft('debrief.downloadFailed', { status: failure })}</p> : null}
    </section>
  );
}

/**
 * The facilitator's debrief of one table: the timeline with its annotated charts, the discussion
 * questions, every sealed sheet round by round, the scores broken down, the bots' reasons and the private
 * transcripts. Built from the export (docs/protocol.md), so it shows exactly what the export holds; it is
 * laid out to print, a section to a page.
 */
export function DebriefScreen({ gameId }: { gameId: string }) {
  const ft = useFacilitatorText();
  const [token] = useState(() => hostToken(gameId));
  const [loaded, setLoaded] = useState<Loaded>(token ? { kind: 'loading' } : { kind: 'notHost' });
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
      {loaded.kind === 'ready' ? ` · ${loaded.data.game.code}` : ''}
    </h1>
  );
  if (loaded.kind !== 'ready' || !token) {
    return (
      <div className="screen narrow">
        {title}
        {loaded.kind === 'loading' ? <p role="status">{ft('debrief.loading')}</p> : null}
        {loaded.kind === 'notHost' ? <p>{ft('debrief.notHost')}</p> : null}
        {loaded.kind === 'failed' ? (
          <p role="alert">{ft('debrief.failed', { status: loaded.status })}</p>
        ) : null}
      </div>
    );
  }
  const { debrief, questions } = loaded.data;
  return (
    <div className="screen debrief">
      {title}
      <p className="card-lead">{ft(debrief.ended ? 'debrief.lead' : 'debrief.leadRunning')}</p>
      <Tools gameId={gameId} token={token} />
      <DebriefTimeline debrief={debrief} />
      <Questions questions={questions} />
      {debrief.ended ? <DebriefSheets rounds={debrief.sheets} /> : null}
      <DebriefScores debrief={debrief} />
      {debrief.ended ? <DebriefBotReasons debrief={debrief} /> : null}
      {debrief.ended ? <DebriefTranscripts debrief={debrief} /> : null}
    </div>
  );
}
