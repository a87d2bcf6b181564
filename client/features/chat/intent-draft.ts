import type { Intent, IntentKind } from '../../../shared/protocol/talk.ts';
import { INTENT_KINDS } from '../../../shared/protocol/talk.ts';
import { ROLE_IDS, type RoleId } from '../../../shared/roles.ts';
import { readStorage } from '../../ui/storage.ts';
import { checkProposal, parseProposalDraft } from '../deals/proposal-draft.ts';

/** The composer's intent: none, or one kind (and, to coordinate, the role to press). */
export type IntentChoice = IntentKind | 'none';
export const INTENT_CHOICES: readonly IntentChoice[] = ['none', ...INTENT_KINDS];

export function isIntentChoice(value: unknown): value is IntentChoice {
  return typeof value === 'string' && (INTENT_CHOICES as readonly string[]).includes(value);
}

/** Roles one can coordinate against from a conversation: those outside it. */
export function outsiders(me: RoleId, to: readonly RoleId[]): RoleId[] {
  return ROLE_IDS.filter((role) => role !== me && !to.includes(role));
}

/** The proposal builder's draft (its session key is the builder's), as terms an offer can attach. */
export function builderKey(gameId: string, me: RoleId): string {
  return `leverage.proposal.${gameId}.${me}`;
}

function builderTerms(gameId: string, me: RoleId) {
  const stored = readStorage('session', builderKey(gameId, me));
  if (stored === null) return null;
  try {
    const draft = parseProposalDraft(JSON.parse(stored));
    if (!draft) return null;
    const check = checkProposal(draft, me);
    return check.ok ? check.proposal : null;
  } catch {
    return null;
  }
}

/**
 * The intent a message carries, or a problem: an offer needs terms built in the Deals panel; a
 * coordination needs a role outside the conversation.
 */
export function intentToSend(
  choice: IntentChoice,
  against: RoleId | null,
  gameId: string,
  me: RoleId,
): { ok: true; intent: Intent | undefined } | { ok: false; problem: 'offerNeedsTerms' } {
  switch (choice) {
    case 'none':
      return { ok: true, intent: undefined };
    case 'offer': {
      const proposal = builderTerms(gameId, me);
      return proposal
        ? { ok: true, intent: { kind: 'offer', proposal } }
        : { ok: false, problem: 'offerNeedsTerms' };
    }
    case 'coordinate':
      return against
        ? { ok: true, intent: { kind: 'coordinate', against } }
        : { ok: true, intent: undefined };
    default:
      return { ok: true, intent: { kind: choice } };
  }
}
