import { useTranslation } from 'react-i18next';
import { tariffsInForce } from '../../../shared/market/initial.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { useView } from '../../game/context.tsx';
import { useFormat } from '../../i18n/format.ts';
import { metricValueText } from '../scores/score-text.ts';

/**
 * One line under the brief: the story speaks of the headline tariff (24%), while the scores and the market
 * read the effective one, headline and cars weighted by trade (24.4%). Both come from the game as it
 * stands, the effective rate written as the score table writes it, so the two figures are seen side by side.
 */
export function TariffNote() {
  const { t } = useTranslation();
  const view = useView();
  const format = useFormat();
  // The rates charged now (a pause lowers the headline rate), as the engine reads the public policy.
  const rates = tariffsInForce(view.publicPolicy, DEFAULT_SCENARIO.model.pauseTariffPct);
  return (
    <p className="muted" data-testid="tariff-note">
      {t('briefing.tariffNote', {
        headline: format.percent(rates.headline),
        autos: format.percent(rates.autos),
        effective: metricValueText(format, 'effectiveTariffPct', view.market.effectiveTariffPct, ''),
      })}
    </p>
  );
}
