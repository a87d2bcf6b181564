import type { ReactNode } from 'react';
import { useFacilitatorText } from '../../i18n/facilitator-text.ts';

/** What a debrief screen shows before its export is in: loading, refused (not this person's), or failed. */
export type NotReady = { kind: 'loading' } | { kind: 'refused' } | { kind: 'failed'; status: number };

/** A debrief (one table's or the class's) while it loads or when it cannot be shown; `refusal` says why not. */
export function DebriefNotReady({
  title,
  state,
  refusal,
}: {
  title: ReactNode;
  state: NotReady;
  refusal: string;
}) {
  const ft = useFacilitatorText();
  return (
    <div className="screen narrow">
      {title}
      {state.kind === 'loading' ? <p role="status">{ft('debrief.loading')}</p> : null}
      {state.kind === 'refused' ? <p>{refusal}</p> : null}
      {state.kind === 'failed' ? <p role="alert">{ft('debrief.failed', { status: state.status })}</p> : null}
    </div>
  );
}
