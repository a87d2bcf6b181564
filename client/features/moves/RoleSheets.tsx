import { useTranslation } from 'react-i18next';
import { netTreasurySalesBn } from '../../../shared/market/index.ts';
import {
  AllocationSchema,
  DURATIONS,
  RESEARCH_NOTES,
  STANCES,
  TokyoMoveSchema,
  TREASURY_ACTIONS,
  UsBusinessMoveSchema,
  WhiteHouseMoveSchema,
  YEN_INTERVENTIONS,
} from '../../../shared/protocol/moves.ts';
import { rangeOf } from '../../../shared/protocol/numbers.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { useFormat } from '../../i18n/format.ts';
import { AmountField, ChoiceField, type SheetFieldProps, ToggleField } from './fields.tsx';
import { checkDraft, draftValue } from './move-draft.ts';

/** The game's parameters as the previews read them (preview.ts uses the same scenario). */
const MODEL = DEFAULT_SCENARIO.model;

/** Net Treasury sales of a complete Tokyo draft, by the one definition the engine uses; null while incomplete. */
function draftNetSalesBn(draft: SheetFieldProps['draft']): number | null {
  const checked = checkDraft(draft);
  return checked.ok && checked.move.role === 'tokyo' ? netTreasurySalesBn(checked.move, MODEL) : null;
}

export function TokyoSheet(props: SheetFieldProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const action = draftValue(props.draft, 'treasuryAction');
  const netSalesBn = draftNetSalesBn(props.draft);
  return (
    <>
      <div className="field-row">
        <ChoiceField
          {...props}
          path="treasuryAction"
          label={t('moves.tokyo.treasuryAction')}
          choices={TREASURY_ACTIONS}
          choiceLabel={(choice) => t(`moves.options.treasuryAction.${choice}`)}
          hint={t('moves.tokyo.treasuryActionHint', {
            skipBn: format.number(MODEL.skipAuctionsBn),
            interventionBn: format.number(MODEL.yenInterventionBn),
          })}
        />
        <AmountField
          {...props}
          path="treasuryAmountBn"
          label={t('moves.tokyo.treasuryAmountBn')}
          {...rangeOf(TokyoMoveSchema.shape.treasuryAmountBn)}
          unit={t('units.bn')}
          disabled={props.disabled || (action !== 'buy' && action !== 'sell')}
        />
      </div>
      <div className="field-row">
        <AmountField
          {...props}
          path="retaliatoryTariffPct"
          label={t('moves.tokyo.retaliatoryTariffPct')}
          {...rangeOf(TokyoMoveSchema.shape.retaliatoryTariffPct)}
          unit="%"
        />
        <ChoiceField
          {...props}
          path="yenIntervention"
          label={t('moves.tokyo.yenIntervention')}
          choices={YEN_INTERVENTIONS}
          choiceLabel={(choice) => t(`moves.options.yenIntervention.${choice}`)}
        />
      </div>
      {netSalesBn !== null && (
        <p className="net-sales" aria-live="polite">
          {t('moves.tokyo.netSales', { amount: format.signedMoney(netSalesBn) })}
        </p>
      )}
      <div className="field-row">
        <AmountField
          {...props}
          path="investmentPledgeBn"
          label={t('moves.tokyo.investmentPledgeBn')}
          {...rangeOf(TokyoMoveSchema.shape.investmentPledgeBn)}
          unit={t('units.bn')}
        />
        <AmountField
          {...props}
          path="farmPurchasesBn"
          label={t('moves.tokyo.farmPurchasesBn')}
          {...rangeOf(TokyoMoveSchema.shape.farmPurchasesBn)}
          unit={t('units.bnPerYear')}
        />
      </div>
    </>
  );
}

export function WhiteHouseSheet(props: SheetFieldProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field-row">
        <AmountField
          {...props}
          path="tariffPct"
          label={t('moves.whiteHouse.tariffPct')}
          {...rangeOf(WhiteHouseMoveSchema.shape.tariffPct)}
          unit="%"
        />
        <AmountField
          {...props}
          path="autoTariffPct"
          label={t('moves.whiteHouse.autoTariffPct')}
          {...rangeOf(WhiteHouseMoveSchema.shape.autoTariffPct)}
          unit="%"
        />
      </div>
      <div className="field-row">
        <ChoiceField
          {...props}
          path="stance"
          label={t('moves.whiteHouse.stance')}
          choices={STANCES}
          choiceLabel={(choice) => t(`moves.options.stance.${choice}`)}
        />
        <ToggleField
          {...props}
          path="pause"
          label={t('moves.whiteHouse.pause')}
          hint={t('moves.whiteHouse.pauseHint', { pct: MODEL.pauseTariffPct })}
        />
      </div>
    </>
  );
}

const ALLOCATION_KEYS = ['treasuries', 'yen', 'usEquities', 'japanEquities', 'cash'] as const;

export function InvestorsSheet(props: SheetFieldProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const total = ALLOCATION_KEYS.reduce((sum, key) => {
    const value = Number(draftValue(props.draft, `allocation.${key}`));
    return sum + (Number.isFinite(value) ? value : 0);
  }, 0);
  const allocationError = props.errors.allocation;
  return (
    <>
      <fieldset className={`allocation ${allocationError ? 'has-error' : ''}`}>
        <legend>{t('moves.investors.allocation')}</legend>
        <div className="field-row five">
          {ALLOCATION_KEYS.map((key) => (
            <AmountField
              key={key}
              {...props}
              path={`allocation.${key}`}
              label={t(`moves.investors.weights.${key}`)}
              {...rangeOf(AllocationSchema.shape[key])}
              unit="%"
            />
          ))}
        </div>
        <p className="allocation-total" aria-live="polite">
          {t('moves.investors.total', { total: format.number(total) })}
        </p>
        {allocationError ? (
          <p className="field-error" role="alert">
            {allocationError}
          </p>
        ) : null}
      </fieldset>
      <div className="field-row">
        <ChoiceField
          {...props}
          path="treasuryDuration"
          label={t('moves.investors.treasuryDuration')}
          choices={DURATIONS}
          choiceLabel={(choice) => t(`moves.options.duration.${choice}`)}
        />
        <ChoiceField
          {...props}
          path="researchNote"
          label={t('moves.investors.researchNote')}
          choices={RESEARCH_NOTES}
          choiceLabel={(choice) => t(`moves.options.researchNote.${choice}`)}
        />
      </div>
    </>
  );
}

export function UsBusinessSheet(props: SheetFieldProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field-row">
        <AmountField
          {...props}
          path="lobbyingSpendM"
          label={t('moves.usBusiness.lobbyingSpendM')}
          {...rangeOf(UsBusinessMoveSchema.shape.lobbyingSpendM)}
          unit={t('units.m')}
        />
        <ChoiceField
          {...props}
          path="lobbyingDirection"
          label={t('moves.usBusiness.lobbyingDirection')}
          choices={['againstTariffs', 'forTariffs'] as const}
          choiceLabel={(choice) => t(`moves.options.lobbyingDirection.${choice}`)}
        />
      </div>
      <div className="field-row">
        <AmountField
          {...props}
          path="passThroughPct"
          label={t('moves.usBusiness.passThroughPct')}
          {...rangeOf(UsBusinessMoveSchema.shape.passThroughPct)}
          unit="%"
        />
        <AmountField
          {...props}
          path="rateHedgePct"
          label={t('moves.usBusiness.rateHedgePct')}
          {...rangeOf(UsBusinessMoveSchema.shape.rateHedgePct)}
          unit="%"
        />
      </div>
      <ToggleField
        {...props}
        path="supplyChainShift"
        label={t('moves.usBusiness.supplyChainShift')}
        hint={t('moves.usBusiness.supplyChainShiftHint')}
      />
    </>
  );
}
