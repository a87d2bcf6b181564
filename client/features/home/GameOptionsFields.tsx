import { useTranslation } from 'react-i18next';
import { LEVELS, type Level } from '../../../shared/bots/types.ts';
import { DEFAULT_IDLE_TAKEOVER, IdleTakeoverSchema } from '../../../shared/game/takeover.ts';
import { rangeOf } from '../../../shared/protocol/numbers.ts';
import { CreateGameSchema } from '../../../shared/protocol/socket.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { CheckboxField, NumberField, SelectField } from '../../ui/fields.tsx';
import type { FieldErrors } from '../../ui/validation.ts';
import type { OptionsDraft } from './options-draft.ts';

interface Props {
  draft: OptionsDraft;
  onChange: (draft: OptionsDraft) => void;
  errors: FieldErrors;
  /** Rounds and the two main timers shown up front (hosting), or all tucked under "advanced" (solo). */
  showMainTimers: boolean;
  /** What an empty box stands for: the scenario's plan for a game, a class preset's for a class session. */
  usual?: UsualPlan;
}

export interface UsualPlan {
  rounds: number;
  negotiateSeconds: number;
  decideSeconds: number;
  briefingSeconds: number;
  newsSeconds: number;
}

const SCENARIO_PLAN: UsualPlan = {
  rounds: DEFAULT_SCENARIO.rounds,
  negotiateSeconds: DEFAULT_SCENARIO.timers.negotiateSeconds,
  decideSeconds: DEFAULT_SCENARIO.timers.decideSeconds,
  briefingSeconds: DEFAULT_SCENARIO.timers.briefingSeconds,
  newsSeconds: DEFAULT_SCENARIO.timers.newsSeconds,
};
const ROUNDS_RANGE = rangeOf(CreateGameSchema.shape.rounds);
const NEGOTIATE_RANGE = rangeOf(CreateGameSchema.shape.negotiateSeconds);
const DECIDE_RANGE = rangeOf(CreateGameSchema.shape.decideSeconds);
const BRIEFING_RANGE = rangeOf(CreateGameSchema.shape.briefingSeconds);
const NEWS_RANGE = rangeOf(CreateGameSchema.shape.newsSeconds);

const IDLE_RANGE = rangeOf(IdleTakeoverSchema.shape.afterSeconds);

/** Rounds, timers, binding deals, seed and the idle-seat takeover: shared by the solo and host forms. */
export function GameOptionsFields({ draft, onChange, errors, showMainTimers, usual = SCENARIO_PLAN }: Props) {
  const { t } = useTranslation();
  // A refused value inside a closed "advanced" section must not stay hidden.
  const open = Object.keys(errors).length > 0 ? true : undefined;
  const set = <K extends keyof OptionsDraft>(key: K, value: OptionsDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const main = (
    <div className="field-row">
      <NumberField
        label={t('options.rounds')}
        value={draft.rounds}
        onChange={(value) => set('rounds', value)}
        {...ROUNDS_RANGE}
        hint={t('options.roundsHint', { ...ROUNDS_RANGE, usual: usual.rounds })}
        error={errors.rounds}
        name="rounds"
      />
      <NumberField
        label={t('options.negotiateSeconds')}
        value={draft.negotiateSeconds}
        onChange={(value) => set('negotiateSeconds', value)}
        {...NEGOTIATE_RANGE}
        unit={t('units.seconds')}
        hint={t('options.negotiateHint', { ...NEGOTIATE_RANGE, usual: usual.negotiateSeconds })}
        error={errors.negotiateSeconds}
        name="negotiateSeconds"
      />
      <NumberField
        label={t('options.decideSeconds')}
        value={draft.decideSeconds}
        onChange={(value) => set('decideSeconds', value)}
        {...DECIDE_RANGE}
        unit={t('units.seconds')}
        hint={t('options.decideHint', { ...DECIDE_RANGE, usual: usual.decideSeconds })}
        error={errors.decideSeconds}
        name="decideSeconds"
      />
    </div>
  );
  const binding = (
    <CheckboxField
      label={t('options.bindingDeals')}
      hint={t('options.bindingDealsHint')}
      checked={draft.bindingDeals}
      onChange={(checked) => set('bindingDeals', checked)}
      name="bindingDeals"
    />
  );
  const more = (
    <>
      <div className="field-row">
        <NumberField
          label={t('options.briefingSeconds')}
          value={draft.briefingSeconds}
          onChange={(value) => set('briefingSeconds', value)}
          {...BRIEFING_RANGE}
          unit={t('units.seconds')}
          hint={t('options.briefingHint', { ...BRIEFING_RANGE, usual: usual.briefingSeconds })}
          error={errors.briefingSeconds}
          name="briefingSeconds"
        />
        <NumberField
          label={t('options.newsSeconds')}
          value={draft.newsSeconds}
          onChange={(value) => set('newsSeconds', value)}
          {...NEWS_RANGE}
          unit={t('units.seconds')}
          hint={t('options.newsHint', { ...NEWS_RANGE, usual: usual.newsSeconds })}
          error={errors.newsSeconds}
          name="newsSeconds"
        />
        <NumberField
          label={t('options.seed')}
          value={draft.seed}
          onChange={(value) => set('seed', value)}
          {...rangeOf(CreateGameSchema.shape.seed)}
          hint={t('options.seedHint')}
          error={errors.seed}
          name="seed"
        />
      </div>
      <div className="field-row">
        <NumberField
          label={t('options.idleAfterSeconds')}
          value={draft.idleAfterSeconds}
          onChange={(value) => set('idleAfterSeconds', value)}
          {...IDLE_RANGE}
          unit={t('units.seconds')}
          hint={t('options.idleAfterHint', { ...IDLE_RANGE, usual: DEFAULT_IDLE_TAKEOVER.afterSeconds })}
          error={errors['idleTakeover.afterSeconds']}
          name="idleTakeover.afterSeconds"
        />
        <SelectField
          label={t('options.idleLevel')}
          value={draft.idleLevel}
          onChange={(level) => set('idleLevel', level)}
          options={LEVELS.map((level) => ({ value: level, label: t(`bots.level.${level}`) }))}
          error={errors['idleTakeover.level']}
          name="idleTakeover.level"
        />
      </div>
    </>
  );
  return showMainTimers ? (
    <>
      {main}
      {binding}
      <details className="advanced" open={open}>
        <summary>{t('options.advanced')}</summary>
        {more}
      </details>
    </>
  ) : (
    <details className="advanced" open={open}>
      <summary>{t('options.advanced')}</summary>
      {main}
      {more}
      {binding}
    </details>
  );
}

/** How hard the bots think: the same choice for a solo game and a hosted one. */
export function BotLevelField({
  value,
  onChange,
  name,
}: {
  value: Level;
  onChange: (level: Level) => void;
  name: string;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('home.botLevel')}
      value={value}
      onChange={onChange}
      options={LEVELS.map((level) => ({ value: level, label: t(`bots.level.${level}`) }))}
      name={name}
    />
  );
}
