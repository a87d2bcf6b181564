import { useTranslation } from 'react-i18next';
import { useClientState, useGameClient } from '../../game/context.tsx';

/**
 * Requests to join a seat, for the people who may answer them (the seat's players and the host), in
 * every phase: the newcomer would read the seat's private chats, so nobody is let in without a yes.
 */
export function SeatRequestPrompt() {
  const { t } = useTranslation();
  const client = useGameClient();
  const { seatRequests } = useClientState();
  if (seatRequests.length === 0) return null;
  return (
    <section className="card seat-requests" aria-labelledby="seat-requests-title">
      <h2 id="seat-requests-title">{t('seat.requestsTitle')}</h2>
      <p className="muted">{t('seat.requestHint')}</p>
      <ul>
        {seatRequests.map((request) => (
          <li key={request.requestId} data-testid="seat-request">
            <span>
              {t('seat.requestFrom', { name: request.name, role: t(`roles.${request.role}.name`) })}
            </span>
            <button
              type="button"
              className="button primary small"
              onClick={() => void client.answerRequest(request.requestId, true)}
            >
              {t('seat.letIn', { name: request.name })}
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => void client.answerRequest(request.requestId, false)}
            >
              {t('seat.decline', { name: request.name })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
