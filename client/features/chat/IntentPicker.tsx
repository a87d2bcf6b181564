import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleId } from '../../../shared/roles.ts';
import { useTalkText } from '../../i18n/facilitator-text.ts';
import { INTENT_CHOICES, type IntentChoice } from './intent-draft.ts';
import { roleName } from './talk-text.ts';

/**
 * What a private message means, picked in one click: a group of radio buttons (arrow keys move between
 * them, a screen reader names the group and the choice), and for a coordination the role to press.
 */
export function IntentPicker({
  choice,
  onChoose,
  against,
  onAgainst,
  outsiders,
}: {
  choice: IntentChoice;
  onChoose: (choice: IntentChoice) => void;
  against: RoleId | null;
  onAgainst: (role: RoleId) => void;
  outsiders: readonly RoleId[];
}) {
  const talk = useTalkText();
  const { t } = useTranslation();
  const id = useId();
  const choices = INTENT_CHOICES.filter((kind) => kind !== 'coordinate' || outsiders.length > 0);
  return (
    <fieldset className="intent-picker" aria-describedby={`${id}-hint`}>
      <legend>{talk('talk.intent')}</legend>
      <div className="intent-choices">
        {choices.map((kind) => (
          <label key={kind} className={`intent-choice ${choice === kind ? 'chosen' : ''}`}>
            <input
              type="radio"
              name={`${id}-intent`}
              value={kind}
              checked={choice === kind}
              onChange={() => onChoose(kind)}
              data-testid={`intent-${kind}`}
            />
            {talk(`talk.intents.${kind}`)}
          </label>
        ))}
      </div>
      {choice === 'coordinate' ? (
        <label className="intent-against">
          {talk('talk.against')}{' '}
          <select
            value={against ?? ''}
            onChange={(event) => {
              const role = outsiders.find((candidate) => candidate === event.target.value);
              if (role) onAgainst(role);
            }}
          >
            {outsiders.map((role) => (
              <option key={role} value={role}>
                {roleName(t, role)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <p id={`${id}-hint`} className="field-hint">
        {choice === 'offer' ? talk('talk.offerFromBuilder') : talk('talk.intentHint')}
      </p>
    </fieldset>
  );
}
