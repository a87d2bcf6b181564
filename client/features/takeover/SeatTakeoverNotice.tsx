import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import { useGameClient } from '../../game/context.tsx';
import { useFormat } from '../../i18n/format.ts';
import { ActionButton } from '../../ui/ActionButton.tsx';

/**
 * The seat's own notice while it is warned for idleness or played by a bot (shared/game/takeover.ts),
 * with "I'm back" to take it back at once. Any other command the person sends does the same, so the
 * forms stay as they were: nothing typed is lost to the bot.
 */
export function SeatTakeoverNotice({ view }: { view: PlayerView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useGameClient();
  const [sending, setSending] = useState(false);
  const control = view.you ? view.seats[view.you.role].control : null;
  if (!control) return null;
  async function back() {
    setSending(true);
    try {
      await client.back();
    } finally {
      setSending(false);
    }
  }
  return (
    <section className="card takeover-notice" data-testid="takeover-notice">
      <p>
        {control.status === 'warned'
          ? t('takeover.yourWarning', { time: format.time(control.takeoverAt) })
          : t('takeover.yourBot')}
      </p>
      <ActionButton type="button" className="button primary" busy={sending} onClick={() => void back()}>
        {t('takeover.back')}
      </ActionButton>
    </section>
  );
}
