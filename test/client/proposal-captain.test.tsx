// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProposalBuilder } from '../../client/features/deals/ProposalBuilder.tsx';
import { ProposalInbox } from '../../client/features/deals/ProposalInbox.tsx';
import type { Language } from '../../client/i18n/setup.ts';
import type { Proposal } from '../../shared/game/state.ts';
import type { Roster } from '../../shared/protocol/socket.ts';
import { renderWith, rosterWithTokyo, seatedClient, viewAt } from './helpers.tsx';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
});

const aiko = { id: 'person2', name: 'Aiko' };
const ken = { id: 'person5', name: 'Ken' };

/** Tokyo played by Aiko (captain) and Ken, both connected. */
function teamRoster(): Roster {
  return rosterWithTokyo(
    [
      { ...aiko, connected: true, isHost: true },
      { ...ken, connected: true, isHost: false },
    ],
    aiko.id,
  );
}

function builderFor(personId: string, language: Language = 'en') {
  const view = viewAt('negotiate');
  const { client, socket } = seatedClient(view);
  client.store.set((state) => ({
    ...state,
    roster: teamRoster(),
    seat: state.seat ? { ...state.seat, personId } : null,
  }));
  renderWith(
    <ProposalBuilder proposer="tokyo" counterTo={null} onDone={() => {}} canPropose />,
    client,
    language,
  );
  return { socket };
}

const sendButton = () => screen.getByRole('button', { name: 'Send proposal' });

describe('the proposal form in a team (the captain rule, shared/game/team.ts)', () => {
  it('tells a member who is not the captain, at the top of the form, who can send it, and Send does nothing', async () => {
    const { socket } = builderFor(ken.id);
    const note = screen.getByTestId('captain-only');
    expect(note.textContent).toBe(
      'Only your captain (Aiko) can send this: tell them in the team chat what to propose.',
    );
    const form = screen.getByRole('form', { name: 'Propose a deal' });
    expect(form.firstElementChild).toBe(note);
    expect(sendButton().getAttribute('aria-disabled')).toBe('true');
    expect(sendButton().getAttribute('aria-describedby')).toBe(note.id);
    fireEvent.click(screen.getByLabelText('White House: tariff cap'));
    await act(async () => {
      fireEvent.click(sendButton());
    });
    expect(socket.sent('game:command')).toHaveLength(0);
  });

  it('says nothing of the kind to the captain, whose Send works', () => {
    builderFor(aiko.id);
    expect(screen.queryByTestId('captain-only')).toBeNull();
    expect(sendButton().getAttribute('aria-disabled')).toBeNull();
  });

  it('speaks Japanese', () => {
    builderFor(ken.id, 'ja');
    expect(screen.getByTestId('captain-only').textContent).toContain('キャプテン（Aiko）だけです');
  });
});

/** White House asks Tokyo for a retaliation cap: Tokyo's to answer. */
const offer: Proposal = {
  id: 'P1',
  proposer: 'whiteHouse',
  terms: [{ kind: 'retaliationCap', role: 'tokyo', maxPct: 5 }],
  durationRounds: 2,
  signatories: ['tokyo', 'whiteHouse'],
  signedBy: ['whiteHouse'],
  status: 'open',
  round: 1,
  at: 1,
};

function inboxFor(personId: string) {
  const view = viewAt('negotiate');
  const { client, socket } = seatedClient(view);
  client.store.set((state) => ({
    ...state,
    roster: teamRoster(),
    seat: state.seat ? { ...state.seat, personId } : null,
  }));
  renderWith(<ProposalInbox proposals={[offer]} me="tokyo" canAct onCounter={() => {}} />, client);
  return { socket };
}

describe('a proposal to answer, in a team', () => {
  it('tells a member who is not the captain who can answer it, and Accept, Counter and Reject say no', async () => {
    const { socket } = inboxFor(ken.id);
    const note = screen.getByTestId('captain-only-answer');
    expect(note.textContent).toBe(
      'Only your captain (Aiko) can answer or withdraw this: tell them in the team chat.',
    );
    for (const name of [/^Accept proposal P1/, /^Counter proposal P1/, /^Reject proposal P1/]) {
      const button = screen.getByRole('button', { name });
      expect(button.getAttribute('aria-disabled')).toBe('true');
      expect(button.getAttribute('aria-describedby')).toBe(note.id);
    }
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /^Accept proposal P1/ }));
    });
    expect(socket.sent('game:command')).toHaveLength(0);
  });

  it('leaves the captain free to answer', () => {
    inboxFor(aiko.id);
    expect(screen.queryByTestId('captain-only-answer')).toBeNull();
    expect(
      screen.getByRole('button', { name: /^Accept proposal P1/ }).getAttribute('aria-disabled'),
    ).toBeNull();
  });
});
