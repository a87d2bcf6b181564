import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_IDS, type RoleId } from '../../../shared/roles.ts';
import { CheckboxField, FormErrorSummary } from '../../ui/fields.tsx';

/** Pick one or several roles to talk to in private. */
export function NewConversation({ me, onOpen }: { me: RoleId; onOpen: (to: RoleId[]) => void }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<RoleId[]>([]);
  const [error, setError] = useState(false);
  const others = ROLE_IDS.filter((role) => role !== me);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (chosen.length === 0) {
      setError(true);
      return;
    }
    onOpen(chosen);
    setChosen([]);
    setError(false);
  }

  return (
    <form className="new-conversation" onSubmit={onSubmit} noValidate>
      <fieldset>
        <legend>{t('chat.pickRecipients')}</legend>
        <div className="checkbox-row">
          {others.map((role) => (
            <CheckboxField
              key={role}
              label={t(`roles.${role}.short`)}
              checked={chosen.includes(role)}
              onChange={(checked) =>
                setChosen(
                  checked
                    ? ROLE_IDS.filter((r) => r === role || chosen.includes(r))
                    : chosen.filter((r) => r !== role),
                )
              }
              name={`to-${role}`}
            />
          ))}
        </div>
      </fieldset>
      <FormErrorSummary message={error ? t('validation.pickOne') : null} />
      <button type="submit" className="button small">
        {t('chat.open')}
      </button>
    </form>
  );
}
