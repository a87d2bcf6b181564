import { useTranslation } from 'react-i18next';
import { useClientState } from '../game/context.tsx';

/** Connected, connecting or reconnecting: a dot with words, never colour alone. */
export function ConnectionIndicator() {
  const { t } = useTranslation();
  const { connection } = useClientState();
  return (
    <p className={`connection connection-${connection}`} role="status" data-testid="connection">
      <span className="connection-dot" aria-hidden="true" />
      {t(`connection.${connection}`)}
    </p>
  );
}
