import { useTranslation } from 'react-i18next';
import { DEFAULT_SHOCKS } from '../../../shared/scenario/shocks.ts';
import { useFormat } from '../../i18n/format.ts';
import { langAttribute, localTextIn } from '../../i18n/text-language.ts';

/**
 * The scenario's shocks as a select's options, each title in the page's language where it has one. An
 * option holds text only, so its own `lang` marks a title that has no translation (WCAG 3.1.2). The host's
 * controls and the class console list them the same way. A shock the scenario also fires by itself in a
 * round of this game says so ("scheduled in round 3"): injected earlier, it fires twice. `rounds`: the
 * game's, so a round it never reaches is not named (every scheduled round while no game is known).
 */
export function ShockOptions({ rounds = Number.POSITIVE_INFINITY }: { rounds?: number }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return DEFAULT_SHOCKS.map((shock) => {
    const title = localTextIn(shock.title, i18n.language);
    const scheduled = shock.scheduledRounds.filter((round) => round <= rounds);
    return (
      <option key={shock.id} value={shock.id} lang={langAttribute(title, i18n.language)}>
        {title.text}
        {scheduled.length > 0
          ? t('host.shockScheduled', { count: scheduled.length, rounds: format.list(scheduled) })
          : ''}
      </option>
    );
  });
}
