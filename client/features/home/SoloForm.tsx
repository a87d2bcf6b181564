import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Level } from '../../../shared/bots/types.ts';
import { DEFAULT_PLAN } from '../../../shared/game/default-plan.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { FormErrorSummary, TextField } from '../../ui/fields.tsx';
import { BotLevelField, GameOptionsFields } from './GameOptionsFields.tsx';
import { EMPTY_OPTIONS, type OptionsDraft, soloPayload } from './options-draft.ts';
import { RolePicker } from './RolePicker.tsx';
import { useGameEntry } from './use-create-game.ts';

export function SoloForm() {
  const { t } = useTranslation();
  const [role, setRole] = useState<RoleId>('tokyo');
  const [botLevel, setBotLevel] = useState<Level>('easy');
  const [name, setName] = useState('');
  const [options, setOptions] = useState<OptionsDraft>(EMPTY_OPTIONS);
  const { errors, pending, submit } = useGameEntry('game:create');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(soloPayload(role, botLevel, name, options));
  }

  return (
    <form className="card home-card" onSubmit={onSubmit} aria-labelledby="solo-title" noValidate>
      <h2 id="solo-title">{t('home.solo.title')}</h2>
      <p className="card-lead">{t('home.solo.lead', DEFAULT_PLAN)}</p>
      <RolePicker value={role} onChange={setRole} legend={t('home.solo.role')} name="solo-role" />
      <div className="field-row">
        <BotLevelField value={botLevel} onChange={setBotLevel} name="botLevel" />
        <TextField
          label={t('home.nameOptional')}
          value={name}
          onChange={setName}
          maxLength={40}
          autoComplete="nickname"
          error={errors.name}
          name="soloName"
        />
      </div>
      <GameOptionsFields draft={options} onChange={setOptions} errors={errors} showMainTimers={false} />
      <FormErrorSummary message={Object.keys(errors).length > 0 ? t('validation.fixFields') : null} />
      <ActionButton type="submit" className="button primary" busy={pending}>
        {pending ? t('home.starting') : t('home.solo.start')}
      </ActionButton>
    </form>
  );
}
