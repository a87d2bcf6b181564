import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { useFocusLanding } from '../../ui/focus.ts';

export interface Choice {
  label: string;
  className: string;
  onChoose: () => void;
}

/** What the button asks once pressed: a question (without one the choices speak for themselves) and the choices. */
export interface Asking {
  question?: string;
  choices: readonly Choice[];
}

/**
 * A host's action that asks first: the button is swapped for the choices and Cancel. Focus goes to Cancel
 * (the safe answer), inside a fieldset whose legend is the question, so a screen reader hears what is asked; Cancel
 * takes focus back to the button, instead of letting it fall to the page body with the choices. `ask` is
 * called only while asking, so what the question needs (a stored sheet, say) is read once pressed, not at
 * every update of a button that waits.
 */
export function ConfirmChoice({
  label,
  className,
  busy,
  ask,
}: {
  label: string;
  className: string;
  busy: boolean;
  ask: () => Asking;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const askButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const land = useFocusLanding();
  if (!asking) {
    return (
      <ActionButton
        ref={askButton}
        className={className}
        busy={busy}
        onClick={() => {
          setAsking(true);
          land(() => cancelButton.current);
        }}
      >
        {label}
      </ActionButton>
    );
  }
  const { question, choices } = ask();
  return (
    <fieldset
      className={question ? 'confirm-choice with-question' : 'confirm-choice'}
      aria-label={question ? undefined : label}
    >
      {question ? <legend className="confirm-question">{question}</legend> : null}
      {choices.map((choice) => (
        <ActionButton
          key={choice.label}
          className={choice.className}
          busy={busy}
          onClick={() => {
            setAsking(false);
            // The choices go away: focus waits on the button until the screen moves on (a new phase's
            // heading, the end) rather than falling to the page body.
            land(() => askButton.current);
            choice.onChoose();
          }}
        >
          {choice.label}
        </ActionButton>
      ))}
      <button
        ref={cancelButton}
        type="button"
        className="button"
        onClick={() => {
          setAsking(false);
          land(() => askButton.current);
        }}
      >
        {t('host.cancel')}
      </button>
    </fieldset>
  );
}
