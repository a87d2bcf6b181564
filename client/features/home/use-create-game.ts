import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLIENT_EVENT_SCHEMAS } from '../../../shared/protocol/socket-events.ts';
import { gameHash, navigate } from '../../app/routes.ts';
import { useGameClient } from '../../game/context.tsx';
import type { ClientAck } from '../../game/game-client.ts';
import { type FieldErrors, fieldErrors } from '../../ui/validation.ts';

/**
 * Checks a create/join request with the protocol's own schema (the one the server parses the event
 * with), shows what is wrong next to each box, and otherwise sends it and moves to the game's page.
 */
export function useGameEntry(event: 'game:create' | 'game:join') {
  const { t } = useTranslation();
  const client = useGameClient();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  /** The server's answer (null when the form itself was not valid), so a form can act on a refusal. */
  async function submit(payload: Record<string, unknown>): Promise<ClientAck<unknown> | null> {
    // The button stays focusable while the answer is on its way (ActionButton): a second press waits.
    if (pending) return null;
    const parsed = CLIENT_EVENT_SCHEMAS[event].safeParse(payload);
    if (!parsed.success) {
      setErrors(fieldErrors(t, parsed.error.issues));
      return null;
    }
    setErrors({});
    setPending(true);
    try {
      // Only a creation has a mode: the parse tells the two requests apart for the compiler too.
      const request = parsed.data;
      const ack = 'mode' in request ? await client.createGame(request) : await client.joinGame(request);
      if (ack.ok) navigate(gameHash(ack.data.gameId));
      return ack;
    } finally {
      setPending(false);
    }
  }

  return { errors, pending, submit };
}
