import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { gameHash, navigate } from '../../app/routes.ts';
import { useGameClient } from '../../game/context.tsx';
import type { ClientAck } from '../../game/game-client.ts';
import { type FieldErrors, fieldErrors } from '../../ui/validation.ts';

/**
 * Checks a create/join request with the protocol's own schema, shows what is wrong next to each box,
 * and otherwise sends it and moves to the game's page.
 */
export function useGameEntry(schema: z.ZodType, send: 'create' | 'join') {
  const { t } = useTranslation();
  const client = useGameClient();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  /** The server's answer (null when the form itself was not valid), so a form can act on a refusal. */
  async function submit(payload: Record<string, unknown>): Promise<ClientAck<unknown> | null> {
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      setErrors(fieldErrors(t, parsed.error.issues));
      return null;
    }
    setErrors({});
    setPending(true);
    try {
      const ack = send === 'create' ? await client.createGame(payload) : await client.joinGame(payload);
      if (ack.ok) navigate(gameHash(ack.data.gameId));
      return ack;
    } finally {
      setPending(false);
    }
  }

  return { errors, pending, submit };
}
