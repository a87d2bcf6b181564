import { useTranslation } from 'react-i18next';
import { useClientState } from '../../game/context.tsx';
import { SeatPeople } from '../lobby/SeatTable.tsx';

/** During the game the host still sees everyone at every seat, and may remove a person. */
export function HostRoster() {
  const { t } = useTranslation();
  const { roster } = useClientState();
  if (!roster) return null;
  return (
    <details className="host-roster">
      <summary>{t('seat.peopleTitle')}</summary>
      <dl>
        {roster.seats
          .filter((seat) => seat.kind === 'human')
          .map((seat) => (
            <div key={seat.role}>
              <dt>{t(`roles.${seat.role}.name`)}</dt>
              <dd>
                <SeatPeople seat={seat} isHost />
              </dd>
            </div>
          ))}
      </dl>
    </details>
  );
}
