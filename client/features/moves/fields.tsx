import { useTranslation } from 'react-i18next';
import { CheckboxField, NumberField, SelectField } from '../../ui/fields.tsx';
import type { FieldErrors } from '../../ui/validation.ts';
import { draftValue, type MoveDraft } from './move-draft.ts';

export interface SheetFieldProps {
  draft: MoveDraft;
  set: (path: string, value: unknown) => void;
  errors: FieldErrors;
  disabled: boolean;
}

/** An amount on the sheet, with its bounds in the hint and the schema's error under it. */
export function AmountField({
  draft,
  set,
  errors,
  disabled,
  path,
  label,
  min,
  max,
  unit,
}: SheetFieldProps & { path: string; label: string; min: number; max: number; unit: string }) {
  const { t } = useTranslation();
  return (
    <NumberField
      label={label}
      value={String(draftValue(draft, path) ?? '')}
      onChange={(value) => set(path, value)}
      min={min}
      max={max}
      unit={unit}
      hint={t('moves.bounds', { min, max, unit })}
      error={errors[path]}
      disabled={disabled}
      name={path}
    />
  );
}

export function ChoiceField<T extends string>({
  draft,
  set,
  errors,
  disabled,
  path,
  label,
  choices,
  choiceLabel,
  hint,
}: SheetFieldProps & {
  path: string;
  label: string;
  choices: readonly T[];
  choiceLabel: (choice: T) => string;
  hint?: string;
}) {
  return (
    <SelectField<T>
      label={label}
      value={draftValue(draft, path) as T}
      onChange={(value) => set(path, value)}
      options={choices.map((choice) => ({ value: choice, label: choiceLabel(choice) }))}
      error={errors[path]}
      disabled={disabled}
      hint={hint}
      name={path}
    />
  );
}

export function ToggleField({
  draft,
  set,
  errors,
  disabled,
  path,
  label,
  hint,
}: SheetFieldProps & { path: string; label: string; hint?: string }) {
  return (
    <CheckboxField
      label={label}
      checked={draftValue(draft, path) === true}
      onChange={(checked) => set(path, checked)}
      error={errors[path]}
      disabled={disabled}
      hint={hint}
      name={path}
    />
  );
}
