import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClientState, useGameClient } from '../../game/context.tsx';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { useFocusOnChange } from '../../ui/focus.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { JoinQrCode } from './JoinQrCode.tsx';
import { isLocalhost, joinLinkFor, usePublicUrl } from './public-url.ts';
import { SeatTable } from './SeatTable.tsx';
import './lobby.css';

export function LobbyScreen() {
  const { t } = useTranslation();
  const client = useGameClient();
  const { seat, roster, game } = useClientState();
  useDocumentTitle(t('lobby.title'));
  const heading = useFocusOnChange<HTMLHeadingElement>('lobby');
  const [starting, setStarting] = useState(false);
  // The roster's word is the server's: a class session's table has no code that invites people (null).
  const code = roster ? roster.code : (seat?.code ?? null);
  const publicUrl = usePublicUrl();
  const joinUrl = joinLinkFor(publicUrl ?? null, window.location, code ?? '');
  const onLocalhost = isLocalhost(window.location.hostname);
  const myRole = game?.view.you?.role ?? seat?.role ?? null;

  async function start() {
    setStarting(true);
    try {
      await client.command({ type: 'host:start' });
    } finally {
      setStarting(false);
    }
  }

  return (
    <div className="screen lobby">
      <h1 ref={heading} tabIndex={-1}>
        {t('lobby.title')}
      </h1>
      {code === null ? (
        <section className="card" aria-labelledby="join-code-title">
          <h2 id="join-code-title">{t('lobby.classTableTitle')}</h2>
          <p data-testid="class-table-note">{t('lobby.classTable')}</p>
        </section>
      ) : (
        <section className="card join-panel" aria-labelledby="join-code-title">
          <div>
            <h2 id="join-code-title">{t('lobby.joinCode')}</h2>
            <p className="join-code" data-testid="join-code">
              {code}
            </p>
            <p className="muted">{t('lobby.shareHint')}</p>
            <p className="join-link">
              <a href={joinUrl}>{joinUrl}</a>
            </p>
            {seat?.isHost && onLocalhost && publicUrl !== undefined ? (
              <div className="notice warning" role="note" data-testid="localhost-warning">
                <p>{t('lobby.localhostWarning')}</p>
                <p>
                  {publicUrl
                    ? t('lobby.localhostUseInstead', { url: publicUrl })
                    : t('lobby.localhostNoAddress')}
                </p>
              </div>
            ) : null}
          </div>
          {code && publicUrl !== undefined ? <JoinQrCode url={joinUrl} code={code} /> : null}
        </section>
      )}
      <section className="card" aria-labelledby="seats-title">
        <h2 id="seats-title">{t('lobby.seats')}</h2>
        <p>
          {myRole
            ? t('lobby.yourSeat', { role: t(`roles.${myRole}.name`) })
            : t(seat?.isHost ? 'lobby.hostNoSeat' : 'lobby.noSeat')}
        </p>
        {roster ? <SeatTable roster={roster} myRole={myRole} isHost={seat?.isHost ?? false} /> : null}
      </section>
      <section className="card" aria-labelledby="start-title">
        <h2 id="start-title">{t('lobby.startTitle')}</h2>
        {seat?.isHost ? (
          <>
            <p>{t('lobby.startHint')}</p>
            <ActionButton className="button primary" onClick={() => void start()} busy={starting}>
              {t('lobby.start')}
            </ActionButton>
          </>
        ) : (
          <p role="status">{t('lobby.waitingForHost')}</p>
        )}
      </section>
    </div>
  );
}
