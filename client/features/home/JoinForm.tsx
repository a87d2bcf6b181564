import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JoinGameSchema } from '../../../shared/protocol/socket.ts';
import { ROLE_IDS, type RoleId } from '../../../shared/roles.ts';
import { FormErrorSummary, SelectField, TextField } from '../../ui/fields.tsx';
import { useGameEntry } from './use-create-game.ts';

export function JoinForm({ initialCode }: { initialCode?: string | undefined }) {
  const { t } = useTranslation();
  const [code, setCode] = useState(initialCode ?? '');
  const [name, setName] = useState('');
  const [role, setRole] = useState<RoleId | ''>('');
  const { errors, pending, submit } = useGameEntry(JoinGameSchema, 'join');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit({ code: code.trim().toUpperCase(), name, ...(role === '' ? {} : { role }) });
  }

  return (
    <form className="card home-card" onSubmit={onSubmit} aria-labelledby="join-title" noValidate>
      <h2 id="join-title">{t('home.join.title')}</h2>
      <p className="card-lead">{t('home.join.lead')}</p>
      <TextField
        label={t('home.join.code')}
        className="join-code-field"
        value={code}
        onChange={(value) => setCode(value.toUpperCase())}
        maxLength={6}
        autoComplete="off"
        hint={t('home.join.codeHint')}
        error={errors.code}
        name="joinCode"
      />
      <TextField
        label={t('home.join.name')}
        value={name}
        onChange={setName}
        maxLength={40}
        autoComplete="nickname"
        error={errors.name}
        name="joinName"
      />
      <SelectField<RoleId | ''>
        label={t('home.join.role')}
        value={role}
        onChange={setRole}
        options={[
          { value: '', label: t('home.join.anyRole') },
          ...ROLE_IDS.map((id) => ({ value: id, label: t(`roles.${id}.name`) })),
        ]}
        name="joinRole"
      />
      <FormErrorSummary message={Object.keys(errors).length > 0 ? t('validation.fixFields') : null} />
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? t('home.joining') : t('home.join.submit')}
      </button>
    </form>
  );
}
