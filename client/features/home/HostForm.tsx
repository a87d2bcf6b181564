import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Level } from '../../../shared/bots/types.ts';
import { ROLE_IDS, type RoleId } from '../../../shared/roles.ts';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { CheckboxField, FormErrorSummary, SelectField, TextField } from '../../ui/fields.tsx';
import { BotLevelField, GameOptionsFields } from './GameOptionsFields.tsx';
import { EMPTY_OPTIONS, hostPayload, type OptionsDraft } from './options-draft.ts';
import { useGameEntry } from './use-create-game.ts';

export function HostForm() {
  const { t } = useTranslation();
  const [role, setRole] = useState<RoleId | ''>('');
  const [name, setName] = useState('');
  const [botLevel, setBotLevel] = useState<Level>('easy');
  const [botFill, setBotFill] = useState(true);
  const [options, setOptions] = useState<OptionsDraft>(EMPTY_OPTIONS);
  const { errors, pending, submit } = useGameEntry('game:create');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(hostPayload(role, botLevel, botFill, name, options));
  }

  return (
    <form className="card home-card" onSubmit={onSubmit} aria-labelledby="host-title" noValidate>
      <h2 id="host-title">{t('home.host.title')}</h2>
      <p className="card-lead">{t('home.host.lead')}</p>
      <div className="field-row">
        <TextField
          label={t('home.nameOptional')}
          value={name}
          onChange={setName}
          maxLength={40}
          autoComplete="nickname"
          error={errors.name}
          name="hostName"
        />
        <SelectField<RoleId | ''>
          label={t('home.host.role')}
          value={role}
          onChange={setRole}
          options={[
            { value: '', label: t('home.host.noRole') },
            ...ROLE_IDS.map((id) => ({ value: id, label: t(`roles.${id}.name`) })),
          ]}
          name="hostRole"
        />
      </div>
      <GameOptionsFields draft={options} onChange={setOptions} errors={errors} showMainTimers />
      <BotLevelField value={botLevel} onChange={setBotLevel} name="hostBotLevel" />
      <CheckboxField
        label={t('home.host.botFill')}
        hint={t('home.host.botFillHint')}
        checked={botFill}
        onChange={setBotFill}
        name="botFill"
      />
      <FormErrorSummary message={Object.keys(errors).length > 0 ? t('validation.fixFields') : null} />
      <ActionButton type="submit" className="button primary" busy={pending}>
        {pending ? t('home.starting') : t('home.host.create')}
      </ActionButton>
    </form>
  );
}
