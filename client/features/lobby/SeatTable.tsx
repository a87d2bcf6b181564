import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Roster, SeatRoster } from '../../../shared/protocol/socket.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { useGameClient } from '../../game/context.tsx';
import { personName } from '../scores/standings.ts';
import { BOT_CHOICES, botValue, parseBotValue } from './bot-profiles.ts';

/** The people at a seat; the host may remove anyone but a host. */
export function SeatPeople({ seat, isHost }: { seat: SeatRoster; isHost: boolean }) {
  const { t } = useTranslation();
  const client = useGameClient();
  if (seat.people.length === 0) return <>{t('lobby.player')}</>;
  return (
    <ul className="seat-people">
      {seat.people.map((person) => (
        <li key={person.id}>
          <span>{personName(t, person)}</span>
          {isHost && !person.isHost ? (
            <button
              type="button"
              className="button small"
              onClick={() => void client.removePerson(person.id)}
            >
              {t('seat.remove', { name: personName(t, person) })}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Occupant({ seat, isHost }: { seat: SeatRoster; isHost: boolean }) {
  const { t } = useTranslation();
  if (seat.kind === 'human') return <SeatPeople seat={seat} isHost={isHost} />;
  if (seat.kind === 'bot' && seat.bot) {
    return (
      <>
        {t('lobby.botProfile', {
          personality: t(`bots.personality.${seat.bot.personality}`),
          level: t(`bots.level.${seat.bot.level}`),
        })}
      </>
    );
  }
  if (seat.kind === 'bot') return <>{t('lobby.bot')}</>;
  return <span className="muted">{t('lobby.open')}</span>;
}

function BotSelect({ seat }: { seat: SeatRoster }) {
  const { t } = useTranslation();
  const client = useGameClient();
  const id = useId();
  return (
    <div className="field inline">
      <label htmlFor={id}>{t('lobby.setBotFor', { role: t(`roles.${seat.role}.short`) })}</label>
      <select
        id={id}
        value={botValue(seat.bot)}
        onChange={(event) => void client.setBot(seat.role, parseBotValue(event.target.value))}
      >
        <option value="">{t('lobby.noBot')}</option>
        {BOT_CHOICES.map((bot) => (
          <option key={botValue(bot)} value={botValue(bot)}>
            {t('lobby.botProfile', {
              personality: t(`bots.personality.${bot.personality}`),
              level: t(`bots.level.${bot.level}`),
            })}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SeatTable({
  roster,
  myRole,
  isHost,
}: {
  roster: Roster;
  myRole: RoleId | null;
  isHost: boolean;
}) {
  const { t } = useTranslation();
  const client = useGameClient();
  return (
    <table className="seat-table">
      <caption>{t('lobby.seatsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('lobby.role')}</th>
          <th scope="col">{t('lobby.who')}</th>
          <th scope="col">{t('lobby.status')}</th>
          <th scope="col">{t('lobby.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {roster.seats.map((seat) => (
          <tr key={seat.role} className={seat.role === myRole ? 'mine' : undefined} data-role={seat.role}>
            <th scope="row">
              <span className={`role-chip role-${seat.role}`}>{t(`roles.${seat.role}.name`)}</span>
              {seat.role === myRole ? <span className="badge">{t('lobby.you')}</span> : null}
            </th>
            <td>
              <Occupant seat={seat} isHost={isHost} />
            </td>
            <td>
              {seat.kind === 'human'
                ? t(seat.connected ? 'lobby.connected' : 'lobby.disconnected')
                : t(seat.kind === 'bot' ? 'lobby.ready' : 'lobby.waiting')}
            </td>
            <td>
              <div className="seat-actions">
                {seat.kind !== 'human' && seat.role !== myRole ? (
                  <button
                    type="button"
                    className="button small"
                    onClick={() => void client.chooseRole(seat.role)}
                  >
                    {t('lobby.takeSeat', { role: t(`roles.${seat.role}.short`) })}
                  </button>
                ) : null}
                {isHost && seat.kind !== 'human' ? <BotSelect seat={seat} /> : null}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
