// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MoveSheetPanel } from '../../client/features/moves/MoveSheetPanel.tsx';
import { toDraft } from '../../client/features/moves/move-draft.ts';
import { TeamPanel } from '../../client/features/team/TeamPanel.tsx';
import { withTeamFields } from '../../client/features/team/team-sheet.ts';
import type { PlayerView } from '../../shared/game/player-view.ts';
import { emptyTeamDraft, type TeamDraft, withTeamChange } from '../../shared/game/team-draft.ts';
import type { Roster } from '../../shared/protocol/socket.ts';
import { renderWith, rosterWithTokyo, seatedClient, snapshotOf, T0, TOKEN, viewAt } from './helpers.tsx';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
const aiko = { id: 'person2', name: 'Aiko' };
const ken = { id: 'person5', name: 'Ken' };

/** The roster with Ken beside Aiko at Tokyo; Aiko is this browser, Ken signs while she is away. */
function teamRoster(): Roster {
  return rosterWithTokyo(
    [
      { ...aiko, connected: false, isHost: true },
      { ...ken, connected: true, isHost: false },
    ],
    aiko.id,
    ken.id,
  );
}

function renderTeamSheet(view: PlayerView) {
  const { client, socket } = seatedClient(view);
  client.store.set((state) => ({
    ...state,
    roster: teamRoster(),
    seat: state.seat ? { ...state.seat, personId: aiko.id } : null,
  }));
  socket.answerWith((sent) => (sent.event === 'team:edit' ? { ok: true, data: { seq: 9 } } : undefined));
  renderWith(
    <>
      <MoveSheetPanel view={view} />
      <TeamPanel view={view} seat="tokyo" />
    </>,
    client,
  );
  const send = (draft: TeamDraft) => act(() => socket.fire('team:draft', { gameId: view.gameId, draft }));
  return { socket, send, client };
}

const amount = () => screen.getByLabelText(/Amount to buy or sell/) as HTMLInputElement;

describe("a team's shared sheet in the browser", () => {
  it("shows a teammate's change in the field and says who made it", async () => {
    const view = viewAt('negotiate');
    const { send } = renderTeamSheet(view);
    expect(screen.getByTestId('team-trail').textContent).toContain('Nobody has changed the sheet');
    let draft = emptyTeamDraft('tokyo', view.round);
    draft = withTeamChange(draft, { field: 'treasuryAction', value: 'sell' }, ken, T0);
    draft = withTeamChange(draft, { field: 'treasuryAmountBn', value: '50' }, ken, T0 + 1);
    send(draft);
    expect(amount().value).toBe('50');
    expect((screen.getByLabelText('Treasury action') as HTMLSelectElement).value).toBe('sell');
    const trail = screen.getByTestId('team-trail').textContent ?? '';
    expect(trail).toContain('Ken set Amount to buy or sell to 50');
    expect(trail).toContain('Ken set Treasury action to Sell');
  });

  it('sends each change as it is typed, and a late echo does not undo what is on screen', async () => {
    const view = viewAt('negotiate');
    const { socket, send } = renderTeamSheet(view);
    fireEvent.change(amount(), { target: { value: '7' } });
    fireEvent.change(amount(), { target: { value: '75' } });
    expect(socket.sent('team:edit').map((sent) => sent.payload)).toEqual([
      { round: view.round, field: 'treasuryAmountBn', value: '7' },
      { round: view.round, field: 'treasuryAmountBn', value: '75' },
    ]);
    // The server's echo of the first keystroke arrives while the second is still on its way.
    send(
      withTeamChange(
        emptyTeamDraft('tokyo', view.round),
        { field: 'treasuryAmountBn', value: '7' },
        aiko,
        T0,
      ),
    );
    expect(amount().value).toBe('75');
    await flush();
    expect(screen.getByTestId('team-trail').textContent).toContain('You set Amount to buy or sell to 7');
  });

  it('keeps a change made while offline and sends it again once the seat is back, over what a teammate wrote meanwhile', async () => {
    const view = viewAt('negotiate');
    const { socket, send } = renderTeamSheet(view);
    act(() => {
      socket.port.connected = false;
      socket.fire('disconnect', 'transport close');
    });
    fireEvent.change(amount(), { target: { value: '6' } });
    fireEvent.change(amount(), { target: { value: '60' } });
    await flush();
    // Nothing could be sent, and nothing on screen was undone; the member is told the change waits.
    expect(socket.sent('team:edit')).toEqual([]);
    expect(amount().value).toBe('60');
    expect(screen.getByTestId('team-offline').textContent).toContain(
      'shared with your team when you are back',
    );

    // Back online: the server gives the team's draft (Ken wrote 20 meanwhile) with the seat; a change
    // it takes comes back to the seat's sockets as the new draft before its answer, as the server sends it.
    const kenWrote = withTeamChange(
      emptyTeamDraft('tokyo', view.round),
      { field: 'treasuryAmountBn', value: '20' },
      ken,
      T0,
    );
    socket.answerWith((sent) => {
      if (sent.event === 'seat:resume') {
        send(kenWrote);
        return {
          ok: true,
          data: {
            gameId: 'game-1',
            code: 'K7M2QX',
            role: 'tokyo',
            token: TOKEN,
            isHost: false,
            personId: aiko.id,
          },
        };
      }
      if (sent.event === 'game:sync')
        return { ok: true, data: { ...snapshotOf(view), roster: teamRoster() } };
      if (sent.event === 'team:edit') {
        const edit = sent.payload as { field: string; value: string };
        send(withTeamChange(kenWrote, edit, aiko, T0 + 5));
        return { ok: true, data: { seq: 2 } };
      }
      return undefined;
    });
    act(() => {
      socket.port.connected = true;
      socket.fire('connect');
    });
    await flush();
    await flush();
    const events = socket.emitted.map((sent) => sent.event);
    expect(events.indexOf('team:edit')).toBeGreaterThan(events.indexOf('seat:resume'));
    // Only the field's last value goes, once: the server's last write is this member's, and the form,
    // settled on the team's draft, shows it.
    expect(socket.sent('team:edit').map((sent) => sent.payload)).toEqual([
      { round: view.round, field: 'treasuryAmountBn', value: '60' },
    ]);
    expect(amount().value).toBe('60');
    expect(screen.getByTestId('team-trail').textContent).toContain('You set Amount to buy or sell to 60');
    expect(screen.queryByTestId('team-offline')).toBeNull();
  });

  it('lists the members with the captain marked, and who signs while the captain is away', () => {
    renderTeamSheet(viewAt('negotiate'));
    const members = screen.getByTestId('team-members').textContent ?? '';
    expect(members).toContain('Aiko (you)captain');
    expect(members).toContain('Kensigns deals while the captain is away');
    expect(screen.getByTestId('team-signer').textContent).toBe(
      'Deals are signed by Ken; anyone in the team may write and hand in the sheet.',
    );
  });
});

describe('laying the team draft over the form', () => {
  it("takes every field's last change except those this browser is still sending", () => {
    const view = viewAt('negotiate');
    const form = toDraft(view.you!.standingMove);
    const standingRetaliation = form.role === 'tokyo' ? form.retaliatoryTariffPct : null;
    let team = emptyTeamDraft('tokyo', view.round);
    team = withTeamChange(team, { field: 'treasuryAmountBn', value: '40' }, ken, T0);
    team = withTeamChange(team, { field: 'retaliatoryTariffPct', value: '12' }, ken, T0);
    const merged = withTeamFields(form, team, new Map([['retaliatoryTariffPct', 1]]));
    expect(merged).toMatchObject({ treasuryAmountBn: '40', retaliatoryTariffPct: standingRetaliation });
    // Nothing to change: the same draft back, so the form does not store or re-render for nothing.
    expect(withTeamFields(merged, team, new Map([['retaliatoryTariffPct', 1]]))).toBe(merged);
  });
});

describe("a team's words in Japanese", () => {
  it('fill the same placeholders as the English ones', async () => {
    const { teamEn } = await import('../../client/i18n/team-en.ts');
    const { teamJa } = await import('../../client/i18n/team-ja.ts');
    const placeholders = (text: string) =>
      [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const [key, english] of Object.entries(teamEn.team)) {
      const japanese = teamJa.team[key as keyof typeof teamJa.team];
      expect(japanese, key).not.toBe(english);
      expect(placeholders(japanese), key).toEqual(placeholders(english));
    }
  });
});
