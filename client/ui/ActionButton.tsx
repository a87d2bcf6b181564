import type { ButtonHTMLAttributes, MouseEvent, Ref } from 'react';

type ActionButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> & {
  /** The command is on its way: the button says so and ignores presses until the answer. */
  busy?: boolean;
  /** The button does nothing now (wrong phase, a refused sheet): said, not hidden. */
  unavailable?: boolean;
  ref?: Ref<HTMLButtonElement>;
};

/**
 * A button that keeps keyboard focus while it cannot act. A `disabled` button drops focus to the page
 * body the moment it is pressed (the busy state disables it), so a screen-reader user loses their place
 * after every command: this one stays focusable, says `aria-disabled` (and `aria-busy` while a command is
 * out) and swallows presses, so a form's submit and a click are both ignored until it can act again.
 */
export function ActionButton({
  busy = false,
  unavailable = false,
  onClick,
  type,
  ...rest
}: ActionButtonProps) {
  const inert = busy || unavailable;
  return (
    <button
      {...rest}
      type={type ?? 'button'}
      aria-disabled={inert ? true : undefined}
      aria-busy={busy ? true : undefined}
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        if (inert) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    />
  );
}
