import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptsNow } from '../../../shared/game/command-phases.ts';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import type { SeatRoster } from '../../../shared/protocol/socket.ts';
import { isTeamChannel, MESSAGE_MAX_CHARS } from '../../../shared/protocol/statements.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { useClientState, useGameClient } from '../../game/context.tsx';
import { markedIfYours, useFormat } from '../../i18n/format.ts';
import { useTeamText } from '../../i18n/team-text.ts';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { TextField } from '../../ui/fields.tsx';
import { useSessionText } from '../../ui/use-session-draft.ts';
import './team.css';

/**
 * The seat's team, for a seat of more than one person: who is in it (the captain marked, and who signs
 * while the captain is away), and the team's own chat. A seat of one sees none of it.
 */
export function TeamPanel({ view, seat: role }: { view: PlayerView; seat: RoleId }) {
  const { roster, seat: held, connection } = useClientState();
  const tt = useTeamText();
  const seat = roster?.seats.find((each) => each.role === role);
  if (!seat || seat.people.length < 2) return null;
  const me = held?.personId ?? null;
  return (
    <section className="card team" aria-labelledby="team-title" data-testid="team-panel">
      <h2 id="team-title">{tt('team.title')}</h2>
      {connection === 'reconnecting' ? (
        // Said plainly, so nobody thinks the team already sees what they type (team-desk.ts keeps it).
        <p className="notice warning" role="status" data-testid="team-offline">
          {tt('team.offlineKept')}
        </p>
      ) : null}
      <TeamMembers seat={seat} me={me} mayName={held?.isHost === true || seat.signerId === me} />
      <TeamChat view={view} seat={role} />
    </section>
  );
}

function TeamMembers({ seat, me, mayName }: { seat: SeatRoster; me: string | null; mayName: boolean }) {
  const { t } = useTranslation();
  const tt = useTeamText();
  const client = useGameClient();
  const [naming, setNaming] = useState<string | null>(null);
  const signer = seat.people.find((person) => person.id === seat.signerId);

  async function name(personId: string) {
    setNaming(personId);
    try {
      await client.team.nameCaptain(personId);
    } finally {
      setNaming(null);
    }
  }

  return (
    <>
      <h3>{tt('team.members', { role: t(`roles.${seat.role}.short`) })}</h3>
      <ul className="team-members" data-testid="team-members">
        {seat.people.map((person) => (
          <li key={person.id}>
            <span>{markedIfYours(t, person.name, person.id === me)}</span>
            {person.id === seat.captainId ? <span className="team-badge">{tt('team.captain')}</span> : null}
            {person.id === seat.signerId && person.id !== seat.captainId ? (
              <span className="team-badge">{tt('team.signsNow')}</span>
            ) : null}
            {person.connected ? null : <span className="muted"> · {tt('team.away')}</span>}
            {mayName && person.id !== seat.captainId ? (
              <ActionButton
                className="button small"
                busy={naming === person.id}
                onClick={() => name(person.id)}
              >
                {tt('team.makeCaptain', { name: person.name })}
              </ActionButton>
            ) : null}
          </li>
        ))}
      </ul>
      {signer ? (
        <p className="muted" data-testid="team-signer">
          {signer.id === me ? tt('team.signerYou') : tt('team.signer', { name: signer.name })}
        </p>
      ) : null}
    </>
  );
}

/** The team's own channel: its messages with their authors, and a line to write to the team. */
function TeamChat({ view, seat: role }: { view: PlayerView; seat: RoleId }) {
  const tt = useTeamText();
  const format = useFormat();
  const client = useGameClient();
  const [text, setText] = useSessionText(`leverage.teamChat.${view.gameId}.${role}`);
  const [sending, setSending] = useState(false);
  const messages = view.channels.find(isTeamChannel)?.messages ?? [];
  const enabled = acceptsNow(view, 'chat:team');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const trimmed = text.trim();
    if (sending || !enabled || trimmed === '') return;
    setSending(true);
    try {
      const ack = await client.command({ type: 'chat:team', message: { text: trimmed } });
      if (ack.ok) setText('');
    } finally {
      setSending(false);
    }
  }

  return (
    <>
      <h3 id="team-chat-title">{tt('team.chat')}</h3>
      <p className="muted">{tt('team.chatLead')}</p>
      <div className="message-log" role="log" aria-labelledby="team-chat-title">
        {messages.length === 0 ? <p className="muted">{tt('team.chatEmpty')}</p> : null}
        <ol className="message-list" data-testid="team-messages">
          {messages.map((message) => (
            <li key={message.id}>
              <p className="message-meta">
                <strong>{message.author ?? ''}</strong>{' '}
                <time dateTime={new Date(message.at).toISOString()}>{format.time(message.at)}</time>
              </p>
              <p className="message-text">{message.text}</p>
            </li>
          ))}
        </ol>
      </div>
      <form className="team-composer" onSubmit={onSubmit}>
        <TextField
          label={tt('team.chatLabel')}
          value={text}
          onChange={setText}
          maxLength={MESSAGE_MAX_CHARS}
          autoComplete="off"
          name="team-message"
        />
        <ActionButton type="submit" className="button" busy={sending} unavailable={!enabled}>
          {tt('team.send')}
        </ActionButton>
      </form>
    </>
  );
}
