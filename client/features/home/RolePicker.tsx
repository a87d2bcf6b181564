import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_IDS, type RoleId } from '../../../shared/roles.ts';

/** The four roles as a radio group, each with one line on what it wants. */
export function RolePicker({
  value,
  onChange,
  legend,
  name,
}: {
  value: RoleId;
  onChange: (role: RoleId) => void;
  legend: string;
  name: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="role-picker">
      <legend>{legend}</legend>
      {ROLE_IDS.map((role) => (
        <div key={role} className={`role-option role-${role}`}>
          <input
            type="radio"
            id={`${id}-${role}`}
            name={name}
            value={role}
            checked={value === role}
            onChange={() => onChange(role)}
            aria-describedby={`${id}-${role}-tagline`}
          />
          <label htmlFor={`${id}-${role}`}>
            <span className="role-option-name">{t(`roles.${role}.name`)}</span>
            <span className="role-option-tagline" id={`${id}-${role}-tagline`}>
              {t(`roles.${role}.tagline`)}
            </span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}
