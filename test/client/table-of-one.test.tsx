// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BriefingScreen } from '../../client/features/briefing/BriefingScreen.tsx';
import { HostControls } from '../../client/features/host/HostControls.tsx';
import { ScoresPanel } from '../../client/features/scores/ScoresPanel.tsx';
import type { Roster } from '../../shared/protocol/socket.ts';
import { renderWith, roster, seatedClient, viewAt } from './helpers.tsx';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

/** The roster of a solo game: the host alone at Tokyo (named by default), bots elsewhere. */
function soloRoster(people: Roster['seats'][number]['people']): Roster {
  const base = roster();
  return {
    ...base,
    seats: base.seats.map((seat) =>
      seat.role === 'tokyo'
        ? { ...seat, people }
        : {
            ...seat,
            kind: 'bot' as const,
            people: [],
            bot: { personality: 'hawk' as const, level: 'easy' as const },
          },
    ),
  };
}

const host = { id: 'person1', name: 'Host', connected: true, isHost: true };
const friend = { id: 'person2', name: 'Aiko', connected: true, isHost: false };

function seatedAt(phase: 'briefing' | 'negotiate', people: Roster['seats'][number]['people']) {
  const seated = seatedClient(viewAt(phase, 'tokyo'));
  seated.client.store.set((state) => ({ ...state, roster: soloRoster(people) }));
  return seated;
}

describe('a table of one (solo): the clock up front, the facilitator’s tools folded away', () => {
  it('keeps Pause, +60 s and Skip in the row and folds the rest under "More host tools"', () => {
    renderWith(<HostControls />, seatedAt('negotiate', [host]).client);
    const controls = screen.getByRole('region', { name: 'Host controls' });
    const row = controls.querySelector('.button-row')!;
    expect(
      within(row as HTMLElement)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Pause', '+60 s', 'End negotiation']);
    const more = controls.querySelector('details')!;
    expect(more.open).toBe(false);
    expect(more.querySelector('summary')!.textContent).toBe('More host tools');
    for (const text of ['End game', 'Inject shock', 'Requests for more time', 'People at each seat'])
      expect(more.textContent).toContain(text);
  });

  it('shows every tool at once when someone else is at the table', () => {
    renderWith(<HostControls />, seatedAt('negotiate', [host, friend]).client);
    const controls = screen.getByRole('region', { name: 'Host controls' });
    expect(controls.querySelector('details.more-host-tools')).toBeNull();
    expect(within(controls).getByRole('button', { name: 'End game' })).toBeTruthy();
  });

  it('speaks of no facilitator, and calls the player "You", not "Host"', () => {
    const { client } = seatedAt('briefing', [host]);
    renderWith(<BriefingScreen />, client);
    const notice = screen.getByTestId('transcript-notice').textContent!;
    expect(notice).not.toMatch(/facilitator/i);
    expect(notice).toContain('the debrief shows every sheet and private message');
    cleanup();
    const view = viewAt('negotiate', 'tokyo');
    const alone = seatedAt('negotiate', [host]);
    renderWith(<ScoresPanel view={view} />, alone.client);
    expect(within(screen.getByTestId('standing-tokyo')).getAllByRole('cell')[1]!.textContent).toBe('You');
  });
});
