import { type ReactNode, useId } from 'react';

interface FieldShell {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
}

function describedBy(hintId: string, errorId: string, hint: ReactNode, error: string | undefined) {
  const ids = [hint ? hintId : null, error ? errorId : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Messages({
  hintId,
  errorId,
  hint,
  error,
}: {
  hintId: string;
  errorId: string;
  hint: ReactNode;
  error?: string | undefined;
}) {
  return (
    <>
      {hint ? (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="field-error">
          {error}
        </span>
      ) : null}
    </>
  );
}

/**
 * What every field shares: an id tying its label to its control, the hint and error announced with the
 * control, and the wrapper. `labelAfter` puts the label after the control, as checkboxes read.
 */
function useFieldFrame({ label, hint, error, className }: FieldShell, kind = '') {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const control = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(hintId, errorId, hint, error),
  } as const;
  const frame = (input: ReactNode, labelAfter = false) => (
    <div className={`field ${kind} ${className ?? ''} ${error ? 'has-error' : ''}`}>
      {labelAfter ? null : <label htmlFor={id}>{label}</label>}
      {input}
      {labelAfter ? <label htmlFor={id}>{label}</label> : null}
      <Messages hintId={hintId} errorId={errorId} hint={hint} error={error} />
    </div>
  );
  return { control, frame };
}

/**
 * A whole-number input. The value is kept as typed (a string), so an empty box or a stray character is
 * shown back as an error instead of being silently replaced.
 */
export function NumberField({
  label,
  hint,
  error,
  className,
  value,
  onChange,
  min,
  max,
  step = 1,
  unit,
  disabled,
  name,
}: FieldShell & {
  value: string;
  onChange: (value: string) => void;
  min?: number;
  max?: number;
  step?: number;
  unit?: string;
  disabled?: boolean;
  name?: string;
}) {
  const { control, frame } = useFieldFrame({ label, hint, error, className }, 'field-number');
  return frame(
    <span className="input-with-unit">
      <input
        {...control}
        name={name}
        type="number"
        inputMode="numeric"
        value={value}
        min={min}
        max={max}
        step={step}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
      {unit ? (
        <span className="unit" aria-hidden="true">
          {unit}
        </span>
      ) : null}
    </span>,
  );
}

export function TextField({
  label,
  hint,
  error,
  className,
  value,
  onChange,
  maxLength,
  autoComplete,
  name,
  placeholder,
}: FieldShell & {
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  autoComplete?: string;
  name?: string;
  placeholder?: string;
}) {
  const { control, frame } = useFieldFrame({ label, hint, error, className });
  return frame(
    <input
      {...control}
      name={name}
      type="text"
      value={value}
      maxLength={maxLength}
      autoComplete={autoComplete}
      placeholder={placeholder}
      onChange={(event) => onChange(event.target.value)}
    />,
  );
}

export function SelectField<T extends string>({
  label,
  hint,
  error,
  className,
  value,
  onChange,
  options,
  disabled,
  name,
}: FieldShell & {
  value: T;
  onChange: (value: T) => void;
  options: readonly { value: T; label: string }[];
  disabled?: boolean;
  name?: string;
}) {
  const { control, frame } = useFieldFrame({ label, hint, error, className });
  return frame(
    <select
      {...control}
      name={name}
      value={value}
      disabled={disabled}
      onChange={(event) => {
        const chosen = options.find((option) => option.value === event.target.value);
        if (chosen) onChange(chosen.value);
      }}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>,
  );
}

export function CheckboxField({
  label,
  hint,
  error,
  className,
  checked,
  onChange,
  disabled,
  name,
}: FieldShell & {
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  name?: string;
}) {
  const { control, frame } = useFieldFrame({ label, hint, error, className }, 'field-checkbox');
  return frame(
    <input
      {...control}
      name={name}
      type="checkbox"
      checked={checked}
      disabled={disabled}
      onChange={(event) => onChange(event.target.checked)}
    />,
    true,
  );
}

/** The form's own summary of what is wrong, announced when it appears. */
export function FormErrorSummary({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}
