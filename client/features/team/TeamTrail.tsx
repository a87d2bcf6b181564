import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamDraft, TeamDraftChange } from '../../../shared/game/team-draft.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { useClientState } from '../../game/context.tsx';
import { type LooseText, useTeamText } from '../../i18n/team-text.ts';
import { useAnnounce } from '../../ui/announce-context.tsx';
import { fieldLabels } from '../moves/sheet-labels.ts';

/** The lines of the trail shown: the latest few, newest first (the draft keeps a few more). */
const SHOWN = 4;
/** A teammate's change is announced once they have stopped changing that field for this long. */
const SETTLE_MS = 2000;

/** Where each choice field's words are in the messages (the sheet's own option labels). */
const OPTION_KEYS: Record<string, string> = {
  treasuryAction: 'treasuryAction',
  yenIntervention: 'yenIntervention',
  stance: 'stance',
  treasuryDuration: 'duration',
  researchNote: 'researchNote',
  lobbyingDirection: 'lobbyingDirection',
};

/** The words of a change: the field's label and its value as the sheet shows it, in the page's language. */
function changeParams(t: TFunction, tt: LooseText, role: RoleId, change: TeamDraftChange) {
  const options = OPTION_KEYS[change.field];
  const value =
    typeof change.value === 'boolean'
      ? tt(change.value ? 'team.on' : 'team.off')
      : options
        ? tt(`moves.options.${options}.${change.value}`, { defaultValue: change.value })
        : change.value.trim() === ''
          ? tt('team.empty')
          : change.value;
  return { name: change.name, field: fieldLabels(t, role, [change.field]), value };
}

/** "Ken set Treasury amount to 50" (or "You set …"). */
export function changeText(
  t: TFunction,
  tt: LooseText,
  role: RoleId,
  change: TeamDraftChange,
  me: string | null,
): string {
  return tt(change.personId === me ? 'team.changeYou' : 'team.change', changeParams(t, tt, role, change));
}

function agoText(t: LooseText, at: number, now: number): string {
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  if (seconds < 5) return t('team.justNow');
  if (seconds < 60) return t('team.secondsAgo', { count: seconds });
  return t('team.minutesAgo', { count: Math.floor(seconds / 60) });
}

/** The page's clock, read again every few seconds: enough for "12 s ago". */
function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/**
 * Who changed what on the team's sheet, under its heading. A teammate's change is said politely once
 * they pause (the trail already folds a burst of keystrokes into one line); the reader's own are not.
 */
export function TeamTrail({ team, seat: role }: { team: TeamDraft | null; seat: RoleId }) {
  const { t } = useTranslation();
  const tt = useTeamText();
  const announce = useAnnounce();
  const me = useClientState().seat?.personId ?? null;
  const now = useNow(5000);
  const trail = team?.trail ?? [];
  const latestOther = [...trail].reverse().find((change) => change.personId !== me) ?? null;

  // The words as they would be said now; the timer below reads them when it is due.
  const due = useRef<(() => void) | null>(null);
  due.current = latestOther ? () => announce('team.change', changeParams(t, tt, role, latestOther)) : null;
  const latestSeq = latestOther?.seq ?? null;
  // Said once a new change (a new line, or a line's new value) has stood still for SETTLE_MS.
  useEffect(() => {
    if (latestSeq === null) return;
    const timer = setTimeout(() => due.current?.(), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [latestSeq]);

  return (
    <section className="team-trail" aria-labelledby="team-trail-title" data-testid="team-trail">
      <h3 id="team-trail-title">{tt('team.trail')}</h3>
      {trail.length === 0 ? (
        <p className="muted">{tt('team.trailEmpty')}</p>
      ) : (
        <ol>
          {trail
            .slice(-SHOWN)
            .reverse()
            .map((change) => (
              <li key={change.seq}>
                {changeText(t, tt, role, change, me)}{' '}
                <span className="muted">· {agoText(tt, change.at, now)}</span>
              </li>
            ))}
        </ol>
      )}
    </section>
  );
}
