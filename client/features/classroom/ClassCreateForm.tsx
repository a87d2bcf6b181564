import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CLASSROOM_PRESETS,
  PRESET_IDS,
  type PresetId,
  plannedMinutes,
} from '../../../shared/classroom/presets.ts';
import { consoleHash, navigate } from '../../app/routes.ts';
import { useClassroomClient } from '../../classroom/context.tsx';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { SelectField, TextField } from '../../ui/fields.tsx';

/** A facilitator starts a class session from a preset; the console opens with the code to project. */
export function ClassCreateForm() {
  const { t, i18n } = useTranslation();
  const classroom = useClassroomClient();
  const [title, setTitle] = useState('');
  const [preset, setPreset] = useState<PresetId>('class45');
  const [pending, setPending] = useState(false);
  const plan = CLASSROOM_PRESETS[preset];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    try {
      const language = i18n.language === 'ja' ? 'ja' : 'en';
      const ack = await classroom.create({
        preset,
        language,
        ...(title.trim() ? { title: title.trim() } : {}),
      });
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
        value={title}
        onChange={setTitle}
        maxLength={80}
        autoComplete="off"
        name="classTitle"
      />
      <SelectField<PresetId>
        label={t('classroom.create.preset')}
        value={preset}
        onChange={setPreset}
        options={PRESET_IDS.map((id) => ({ value: id, label: t(`classroom.presets.${id}`) }))}
        hint={t('classroom.create.plan', {
          rounds: plan.rounds,
          minutes: Math.round(plannedMinutes(plan)),
          size: plan.tableSize,
        })}
        name="classPreset"
      />
      <ActionButton type="submit" className="button primary" busy={pending}>
        {pending ? t('home.starting') : t('classroom.create.submit')}
      </ActionButton>
    </form>
  );
}
