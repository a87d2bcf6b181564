import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERSONALITIES } from '../../../shared/bots/types.ts';
import { CLASSROOM_PRESETS, PRESET_IDS, type PresetId } from '../../../shared/classroom/presets.ts';
import { CreateClassroomSchema } from '../../../shared/protocol/classroom.ts';
import { rangeOf } from '../../../shared/protocol/numbers.ts';
import { consoleHash, navigate } from '../../app/routes.ts';
import { useClassroomClient } from '../../classroom/context.tsx';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { CheckboxField, FormErrorSummary, NumberField, SelectField, TextField } from '../../ui/fields.tsx';
import { type FieldErrors, fieldErrors } from '../../ui/validation.ts';
import { BotLevelField, GameOptionsFields } from '../home/GameOptionsFields.tsx';
import { EMPTY_OPTIONS } from '../home/options-draft.ts';
import { type ClassDraft, classPayload, planOf } from './class-draft.ts';

const TABLE_SIZE_RANGE = rangeOf(CreateClassroomSchema.shape.tableSize);

const EMPTY_CLASS: ClassDraft = {
  title: '',
  preset: 'class45',
  tableSize: '',
  botLevel: 'easy',
  personalities: PERSONALITIES,
  options: EMPTY_OPTIONS,
};

/**
 * A facilitator starts a class session from a preset and may change what the class needs (table size, the
 * bots' level and temperaments, rounds and clocks, when a bot steps in for an idle seat); an empty box keeps
 * the preset's. The console opens with the code to project.
 */
export function ClassCreateForm() {
  const { t, i18n } = useTranslation();
  const classroom = useClassroomClient();
  const [draft, setDraft] = useState<ClassDraft>(EMPTY_CLASS);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  const plan = CLASSROOM_PRESETS[draft.preset];
  const set = <K extends keyof ClassDraft>(key: K, value: ClassDraft[K]) =>
    setDraft({ ...draft, [key]: value });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const language = i18n.language === 'ja' ? 'ja' : 'en';
    // The schema the server parses the event with, so a refused box is named here before anything is sent.
    const parsed = CreateClassroomSchema.safeParse(classPayload(draft, language, PERSONALITIES));
    if (!parsed.success) {
      setErrors(fieldErrors(t, parsed.error.issues));
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const ack = await classroom.create(parsed.data);
      if (ack.ok) navigate(consoleHash(ack.data.classroomId));
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="card home-card" onSubmit={onSubmit} aria-labelledby="class-create-title" noValidate>
      <h2 id="class-create-title">{t('classroom.create.title')}</h2>
      <p className="card-lead">{t('classroom.create.lead')}</p>
      <TextField
        label={t('classroom.create.name')}
        value={draft.title}
        onChange={(title) => set('title', title)}
        maxLength={80}
        autoComplete="off"
        error={errors.title}
        name="classTitle"
      />
      <SelectField<PresetId>
        label={t('classroom.create.preset')}
        value={draft.preset}
        onChange={(preset) => set('preset', preset)}
        options={PRESET_IDS.map((id) => ({ value: id, label: t(`classroom.presets.${id}`) }))}
        hint={t('classroom.create.plan', planOf(draft))}
        name="classPreset"
      />
      <div className="field-row">
        <NumberField
          label={t('classroom.create.tableSize')}
          value={draft.tableSize}
          onChange={(size) => set('tableSize', size)}
          {...TABLE_SIZE_RANGE}
          hint={t('classroom.create.tableSizeHint', { ...TABLE_SIZE_RANGE, usual: plan.tableSize })}
          error={errors.tableSize}
          name="tableSize"
        />
        <BotLevelField
          value={draft.botLevel}
          onChange={(level) => set('botLevel', level)}
          name="classBotLevel"
        />
      </div>
      <fieldset className={errors.botPersonalities ? 'has-error' : undefined}>
        <legend>{t('classroom.create.personalities')}</legend>
        <div className="checkbox-row">
          {PERSONALITIES.map((one) => (
            <CheckboxField
              key={one}
              label={t(`bots.personality.${one}`)}
              checked={draft.personalities.includes(one)}
              onChange={(checked) =>
                set(
                  'personalities',
                  checked ? [...draft.personalities, one] : draft.personalities.filter((p) => p !== one),
                )
              }
              name={`personality-${one}`}
            />
          ))}
        </div>
        {errors.botPersonalities ? (
          <p className="field-error" role="alert">
            {errors.botPersonalities}
          </p>
        ) : null}
      </fieldset>
      <GameOptionsFields
        draft={draft.options}
        onChange={(options) => set('options', options)}
        errors={errors}
        showMainTimers={false}
        usual={{ rounds: plan.rounds, ...plan.timers }}
      />
      <FormErrorSummary message={Object.keys(errors).length > 0 ? t('validation.fixFields') : null} />
      <ActionButton type="submit" className="button primary" busy={pending}>
        {pending ? t('home.starting') : t('classroom.create.submit')}
      </ActionButton>
    </form>
  );
}
