import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptsNow } from '../../../shared/game/command-phases.ts';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import type { MoveSheet } from '../../../shared/protocol/moves.ts';
import { DEFAULT_SHOCKS } from '../../../shared/scenario/shocks.ts';
import { useGameClient, useView } from '../../game/context.tsx';
import type { CommandBody } from '../../game/game-client.ts';
import { useTableOfOne } from '../../game/solo-table.ts';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { sheetReadyToHandIn } from '../moves/held-sheet.ts';
import { TimeDesk } from '../time/TimeDesk.tsx';
import { type Asking, ConfirmChoice } from './ConfirmChoice.tsx';
import { HostRoster } from './HostRoster.tsx';
import { ShockOptions } from './ShockOptions.tsx';
import './host.css';

const EXTEND_SECONDS = 60;

/**
 * How long Skip ignores presses once a new phase is on screen. The game refuses a skip made against a
 * phase that has ended (STALE_VERSION) only while it is on its way: a press aimed at the 15 s news that
 * lands just after the news timed out is made against the negotiation, and would skip it. A person needs
 * about this long to see that the phase (and the button's words) changed.
 */
export const SKIP_SETTLE_MS = 1000;

/** True for `ms` after `key` changes (not when first shown): the screen has just moved on under the pointer. */
function useJustChanged(key: string, ms: number): boolean {
  const shown = useRef(key);
  const [settling, setSettling] = useState(false);
  // A layout effect: the button is marked before the new phase is painted, so no press lands in between.
  useLayoutEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    setSettling(true);
    const timer = setTimeout(() => setSettling(false), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return settling;
}

type SkippablePhase = 'briefing' | 'news' | 'negotiate' | 'decide';

/** The host's own seat has a sheet out in the decide phase: skipping now would play its standing policy. */
function ownSheetMissing(view: PlayerView): boolean {
  return view.phase === 'decide' && view.you !== null && view.you.submittedMove === null;
}

/** The facilitator's timer controls and shocks; shown only to the host. */
export function HostControls() {
  const { t } = useTranslation();
  const client = useGameClient();
  const view = useView();
  const [shockId, setShockId] = useState(DEFAULT_SHOCKS[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const shockSelectId = useId();
  const settling = useJustChanged(`${view.round}:${view.phase}`, SKIP_SETTLE_MS);
  const alone = useTableOfOne();

  async function send(body: CommandBody) {
    setBusy(true);
    try {
      await client.command(body);
    } finally {
      setBusy(false);
    }
  }

  /**
   * Hands in the host's own sheet, then skips. In a game where the host is the only person the sheet
   * itself ends the round (the phase ends once every person has handed in): a skip then would skip the
   * next round's news, so it is sent only while the same decide phase is still on screen.
   */
  async function handInAndSkip(move: MoveSheet) {
    const round = view.round;
    setBusy(true);
    try {
      const handedIn = await client.command({ type: 'move:submit', move });
      const now = client.store.get().game?.view;
      if (handedIn.ok && now?.phase === 'decide' && now.round === round) {
        await client.command({ type: 'host:skip' });
      }
    } finally {
      setBusy(false);
    }
  }

  // The lobby has its own start button; these are the controls of a game under way.
  if (!acceptsNow(view, 'host:skip')) return null;
  const skipLabel = t(`host.skipPhase.${view.phase as SkippablePhase}`);
  // The sheet the form holds is read from storage only once Skip is pressed (and while it asks), not at
  // every update of the view while the host's sheet is out.
  const askSkip = (): Asking => {
    const ready = view.you ? sheetReadyToHandIn(view, view.you) : null;
    return {
      question: t(ready ? 'host.skipUnsent' : 'host.skipUnsentInvalid'),
      choices: [
        ...(ready
          ? [
              {
                label: t('host.handInAndSkip'),
                className: 'button',
                onChoose: () => void handInAndSkip(ready),
              },
            ]
          : []),
        {
          label: t('host.skipAnyway'),
          className: 'button danger',
          onChoose: () => void send({ type: 'host:skip' }),
        },
      ],
    };
  };
  const endGame = (
    <ConfirmChoice
      key="end"
      label={t('host.end')}
      className="button danger-outline"
      busy={busy}
      ask={() => ({
        choices: [
          {
            label: t('host.confirmEnd'),
            className: 'button danger',
            onChoose: () => void send({ type: 'host:end' }),
          },
        ],
      })}
    />
  );
  const tools = (
    <>
      {acceptsNow(view, 'host:inject') ? (
        <div className="shock-row">
          <label htmlFor={shockSelectId}>{t('host.shock')}</label>
          <select id={shockSelectId} value={shockId} onChange={(event) => setShockId(event.target.value)}>
            <ShockOptions rounds={view.rounds} />
          </select>
          <ActionButton
            className="button"
            busy={busy}
            unavailable={!shockId}
            onClick={() => void send({ type: 'host:inject', shockId })}
          >
            {t('host.inject')}
          </ActionButton>
        </div>
      ) : null}
      <TimeDesk />
      <HostRoster />
    </>
  );
  return (
    <section className="host-controls" aria-labelledby="host-controls-title">
      <h2 id="host-controls-title" className="compact-title">
        {t('host.title')}
      </h2>
      <div className="button-row">
        {acceptsNow(view, 'host:resume') ? (
          <ActionButton className="button" busy={busy} onClick={() => void send({ type: 'host:resume' })}>
            {t('host.resume')}
          </ActionButton>
        ) : (
          <ActionButton className="button" busy={busy} onClick={() => void send({ type: 'host:pause' })}>
            {t('host.pause')}
          </ActionButton>
        )}
        <ActionButton
          className="button"
          busy={busy}
          onClick={() => void send({ type: 'host:extend', seconds: EXTEND_SECONDS })}
        >
          {t('host.extend', { seconds: EXTEND_SECONDS })}
        </ActionButton>
        {ownSheetMissing(view) ? (
          <ConfirmChoice key="skip-unsent" label={skipLabel} className="button" busy={busy} ask={askSkip} />
        ) : (
          <ActionButton
            className="button"
            busy={busy}
            unavailable={settling}
            onClick={() => void send({ type: 'host:skip' })}
          >
            {skipLabel}
          </ActionButton>
        )}
        {alone ? null : endGame}
      </div>
      {alone ? (
        // Alone at the table, the player needs the clock; a facilitator's tools (shocks, requests for
        // time, extended time, people at each seat) would fill a phone's first screen, so they wait here.
        <details className="more-host-tools">
          <summary>{t('host.more')}</summary>
          <div className="button-row">{endGame}</div>
          {tools}
        </details>
      ) : (
        tools
      )}
    </section>
  );
}
