// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChatPanel } from '../../client/features/chat/ChatPanel.tsx';
import { DealsPanel } from '../../client/features/deals/DealsPanel.tsx';
import { HomeScreen } from '../../client/features/home/HomeScreen.tsx';
import { LobbyScreen } from '../../client/features/lobby/LobbyScreen.tsx';
import { MoveSheetPanel } from '../../client/features/moves/MoveSheetPanel.tsx';
import { createNotifier } from '../../client/ui/notifier.ts';
import { Toasts } from '../../client/ui/Toasts.tsx';
import type { Proposal } from '../../shared/game/state.ts';
import { renderWith, roster, seatedClient, viewAt } from './helpers.tsx';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
});

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('the move sheet', () => {
  it('shows the bound that an amount crosses, next to the field, and does not send the sheet', async () => {
    const view = viewAt('decide');
    const { client, socket } = seatedClient(view);
    renderWith(<MoveSheetPanel view={view} />, client);
    fireEvent.change(screen.getByLabelText('Treasury action'), { target: { value: 'sell' } });
    const amount = screen.getByLabelText('Amount to buy or sell');
    fireEvent.change(amount, { target: { value: '200' } });
    expect(screen.getByText('At most 150.')).toBeTruthy();
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(amount.getAttribute('aria-describedby')).toContain(screen.getByText('At most 150.').id);
    fireEvent.click(screen.getByRole('button', { name: 'Hand in my sheet' }));
    await flush();
    expect(socket.sent('game:command')).toHaveLength(0);
    expect(screen.getByRole('alert').textContent).toMatch(/need attention/);
  });

  it('sends a valid sheet as a move:submit command', async () => {
    const view = viewAt('decide');
    const { client, socket } = seatedClient(view);
    socket.answerWith(() => ({ ok: true, data: { role: 'tokyo' } }));
    renderWith(<MoveSheetPanel view={view} />, client);
    fireEvent.change(screen.getByLabelText('Treasury action'), { target: { value: 'sell' } });
    fireEvent.change(screen.getByLabelText('Amount to buy or sell'), { target: { value: '60' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hand in my sheet' }));
    await flush();
    const sent = socket.sent('game:command')[0]?.payload as { type: string; move: Record<string, unknown> };
    expect(sent.type).toBe('move:submit');
    expect(sent.move).toMatchObject({ role: 'tokyo', treasuryAction: 'sell', treasuryAmountBn: 60 });
  });

  it('keeps the draft across a remount (a refresh) in the same round', () => {
    const view = viewAt('negotiate');
    const { client } = seatedClient(view);
    const first = renderWith(<MoveSheetPanel view={view} />, client);
    fireEvent.change(screen.getByLabelText('US farm purchases'), { target: { value: '12' } });
    first.unmount();
    renderWith(<MoveSheetPanel view={view} />, client);
    expect((screen.getByLabelText('US farm purchases') as HTMLInputElement).value).toBe('12');
    expect(screen.getByRole('button', { name: 'Hand in my sheet' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
  });

  it('checks an investor allocation as a whole', () => {
    const view = viewAt('decide', 'investors');
    const { client } = seatedClient(view);
    renderWith(<MoveSheetPanel view={view} />, client);
    fireEvent.change(screen.getByLabelText('Cash'), { target: { value: '100' } });
    fireEvent.change(screen.getByLabelText('US stocks'), { target: { value: '150' } });
    expect(screen.getAllByText(/between 100% and 200%/).length).toBeGreaterThan(0);
  });
});

describe('chat', () => {
  it('keeps unsent text across a remount, and sends a statement with its signal', async () => {
    const view = viewAt('negotiate');
    const { client, socket } = seatedClient(view);
    socket.answerWith(() => ({ ok: true, data: { statementId: 's1' } }));
    const first = renderWith(<ChatPanel view={view} />, client);
    fireEvent.change(screen.getByRole('textbox', { name: /Public statement/ }), {
      target: { value: 'Every option is open.' },
    });
    first.unmount();
    renderWith(<ChatPanel view={view} />, client);
    const box = screen.getByRole('textbox', { name: /Public statement/ }) as HTMLTextAreaElement;
    expect(box.value).toBe('Every option is open.');
    fireEvent.change(screen.getByLabelText('Signal'), { target: { value: 'threat' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publish statement' }));
    await flush();
    expect(socket.sent('game:command')[0]?.payload).toMatchObject({
      type: 'chat:statement',
      statement: { text: 'Every option is open.', signal: 'threat' },
    });
    expect(box.value).toBe('');
  });

  it('shows messages as text and counts unread ones in other conversations', () => {
    const view = {
      ...viewAt('negotiate'),
      channels: [
        {
          id: 'tokyo+whiteHouse',
          members: ['tokyo', 'whiteHouse'] as ('tokyo' | 'whiteHouse')[],
          messages: [
            { id: 'm1', at: 1, round: 1, from: 'whiteHouse' as const, text: '<img src=x onerror=alert(1)>' },
          ],
        },
      ],
    };
    const { client } = seatedClient(view);
    const { container } = renderWith(<ChatPanel view={view} />, client);
    const tab = screen.getByTestId('conversation-tokyo+whiteHouse');
    expect(within(tab).getByTestId('unread-badge').textContent).toContain('1');
    fireEvent.click(tab);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(within(tab).queryByTestId('unread-badge')).toBeNull();
  });
});

/** A proposal from the White House to Tokyo, open, with `changes` on top. */
function proposalOf(changes: Partial<Proposal>): Proposal {
  return {
    id: 'p1',
    proposer: 'whiteHouse',
    signatories: ['tokyo', 'whiteHouse'],
    signedBy: ['whiteHouse'],
    status: 'open',
    round: 1,
    at: 1,
    durationRounds: 2,
    terms: [
      { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true },
      { kind: 'noNetSales', role: 'tokyo' },
    ],
    ...changes,
  };
}

describe('deals', () => {
  it('accepts a proposal addressed to this seat', async () => {
    const view = { ...viewAt('negotiate'), proposals: [proposalOf({})] };
    const { client, socket } = seatedClient(view);
    socket.answerWith(() => ({ ok: true, data: {} }));
    renderWith(<DealsPanel view={view} />, client);
    expect(screen.getByText('White House: tariff at most 15%, cars included')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Accept proposal p1 from White House' }));
    await flush();
    expect(socket.sent('game:command')[0]?.payload).toMatchObject({ type: 'deal:accept', proposalId: 'p1' });
  });

  it('says who rejected a proposal, beside its status', () => {
    const rejected = proposalOf({
      id: 'p2',
      proposer: 'tokyo',
      signedBy: ['tokyo'],
      status: 'rejected',
      closedBy: 'whiteHouse',
    });
    const view = { ...viewAt('negotiate'), proposals: [rejected] };
    const { client } = seatedClient(view);
    renderWith(<DealsPanel view={view} />, client);
    const card = screen
      .getAllByTestId('proposal')
      .find((item) => item.getAttribute('data-proposal') === 'p2');
    expect(card?.querySelector('.status-chip')?.textContent).toBe('Rejected (White House)');
  });
});

describe('refusals', () => {
  it('are shown in an alert, in the reader’s language', () => {
    const notifier = createNotifier();
    const { client } = seatedClient();
    renderWith(<Toasts notifier={notifier} />, client, 'ja');
    act(() => notifier.push({ kind: 'error', messageKey: 'errors.PAUSED', detail: 'The game is paused.' }));
    expect(screen.getByRole('alert').textContent).toContain('ゲームは一時停止中です。');
  });
});

describe('the lobby and the home page', () => {
  it('shows the join code and every seat, names as plain text', async () => {
    const { client } = seatedClient(viewAt('lobby'));
    client.store.set((state) => ({
      ...state,
      roster: {
        ...roster(),
        seats: roster().seats.map((seat) =>
          seat.role === 'tokyo'
            ? { ...seat, people: [{ id: 'person2', name: '<b>Aiko</b>', connected: true, isHost: false }] }
            : seat,
        ),
      },
    }));
    renderWith(<LobbyScreen />, client);
    expect(screen.getByTestId('join-code').textContent).toBe('K7M2QX');
    expect(screen.getByText('<b>Aiko</b>')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start the game' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Play White House' })).toBeTruthy();
  });

  it("shows no join code or QR code at a class session's table, only that the facilitator seats people", () => {
    const { client } = seatedClient(viewAt('lobby'));
    // The seat this browser stored says nothing either; the roster is the server's word.
    client.store.set((state) => ({
      ...state,
      seat: state.seat ? { ...state.seat, code: null } : null,
      roster: { ...roster(), code: null },
    }));
    renderWith(<LobbyScreen />, client);
    expect(screen.queryByTestId('join-code')).toBeNull();
    expect(screen.queryByRole('img', { name: /QR/ })).toBeNull();
    expect(document.body.textContent).not.toContain('K7M2QX');
    expect(screen.getByTestId('class-table-note').textContent).toContain('class code');
  });

  it('refuses a malformed join code before sending anything', async () => {
    const { client, socket } = seatedClient();
    renderWith(<HomeScreen />, client);
    const form = screen.getByRole('form', { name: 'Join a game' });
    fireEvent.change(within(form).getByLabelText('Join code'), { target: { value: 'ab' } });
    fireEvent.change(within(form).getByLabelText('Your name'), { target: { value: 'Ben' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Join' }));
    await flush();
    expect(within(form).getByText('This is not in the right format.')).toBeTruthy();
    expect(socket.sent('game:join')).toHaveLength(0);
  });
});
