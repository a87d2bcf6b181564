import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import { useGameClient } from '../../game/context.tsx';
import { useFormat } from '../../i18n/format.ts';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { useFocusLanding } from '../../ui/focus.ts';

/**
 * The seat's own notice while it is warned for idleness or played by a bot (shared/game/takeover.ts),
 * with "I'm back" to take it back at once. Any other command the person sends does the same, so the
 * forms stay as they were: nothing typed is lost to the bot. "I'm back" takes the notice (and its
 * button) away, so focus lands on the seat's move sheet, where the person picks up again.
 */
export function SeatTakeoverNotice({ view }: { view: PlayerView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useGameClient();
  const [sending, setSending] = useState(false);
  const land = useFocusLanding();
  const control = view.you ? view.seats[view.you.role].control : null;
  if (!control) return null;
  async function back() {
    setSending(true);
    try {
      const ack = await client.back();
      if (ack.ok)
        land(() => document.getElementById('move-sheet-title') ?? document.getElementById('phase-title'));
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
