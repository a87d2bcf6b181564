import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_IDS, type RoleId } from '../../../shared/roles.ts';
import { gameHash, navigate } from '../../app/routes.ts';
import { useClientState, useGameClient } from '../../game/context.tsx';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { FormErrorSummary, SelectField, TextField } from '../../ui/fields.tsx';
import { useGameEntry } from './use-create-game.ts';

/**
 * Joining by code. An open seat is taken at once; a seat people already play is a request they (or the
 * host) answer, and until then this page shows only that it is waiting.
 */
export function JoinForm({ initialCode }: { initialCode?: string | undefined }) {
  const { t } = useTranslation();
  const client = useGameClient();
  const { ownRequest, seat, seatStatus } = useClientState();
  const [code, setCode] = useState(initialCode ?? '');
  const [name, setName] = useState('');
  const [role, setRole] = useState<RoleId | ''>('');
  const [occupied, setOccupied] = useState<RoleId | null>(null);
  const [asked, setAsked] = useState(false);
  const { errors, pending, submit } = useGameEntry('game:join');
  const joinCode = code.trim().toUpperCase();

  // Let in: the seat arrived with the answer, so open the game.
  useEffect(() => {
    if (asked && !ownRequest && seatStatus === 'seated' && seat) navigate(gameHash(seat.gameId));
  }, [asked, ownRequest, seatStatus, seat]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setOccupied(null);
    const ack = await submit({ code: joinCode, name, ...(role === '' ? {} : { role }) });
    if (ack && !ack.ok && ack.error.code === 'SEAT_OCCUPIED' && role !== '') setOccupied(role);
  }

  async function ask(wanted: RoleId) {
    const ack = await client.requestSeat({ code: joinCode, name: name.trim(), role: wanted });
    if (ack.ok) setAsked(true);
  }

  function startOver() {
    client.clearOwnRequest();
    setAsked(false);
    setOccupied(null);
  }

  if (ownRequest) {
    const roleName = t(`roles.${ownRequest.role}.name`);
    return (
      <section className="card home-card" aria-labelledby="join-title">
        <h2 id="join-title">{t('home.join.title')}</h2>
        <p role="status" data-testid="seat-request-status">
          {t(`home.join.${ownRequest.status}`, { role: roleName })}
        </p>
        {ownRequest.status === 'waiting' ? null : (
          <button type="button" className="button" onClick={startOver}>
            {t('home.join.again')}
          </button>
        )}
      </section>
    );
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
        onChange={(value) => {
          setRole(value);
          setOccupied(null);
        }}
        options={[
          { value: '', label: t('home.join.anyRole') },
          ...ROLE_IDS.map((id) => ({ value: id, label: t(`roles.${id}.name`) })),
        ]}
        name="joinRole"
      />
      <FormErrorSummary message={Object.keys(errors).length > 0 ? t('validation.fixFields') : null} />
      {occupied ? (
        <div className="seat-occupied" role="alert">
          <p>{t('home.join.occupied', { role: t(`roles.${occupied}.name`) })}</p>
          <button type="button" className="button primary" onClick={() => void ask(occupied)}>
            {t('home.join.ask', { role: t(`roles.${occupied}.name`) })}
          </button>
        </div>
      ) : (
        <ActionButton type="submit" className="button primary" busy={pending}>
          {pending ? t('home.joining') : t('home.join.submit')}
        </ActionButton>
      )}
    </form>
  );
}
