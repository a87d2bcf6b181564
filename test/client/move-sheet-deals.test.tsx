// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MoveSheetPanel } from '../../client/features/moves/MoveSheetPanel.tsx';
import { createGameConfig, createGameEngine, type GameEngine } from '../../shared/game/engine.ts';
import { type PlayerView, playerViewFor } from '../../shared/game/player-view.ts';
import type { RoleId } from '../../shared/roles.ts';
import { renderWith, seatedClient, T0 } from './helpers.tsx';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

/** Tokyo's offer from the issue: a 15% cap with cars for the White House, no sales and $300bn from Tokyo. */
const OFFER = {
  terms: [
    { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true },
    { kind: 'noNetSales', role: 'tokyo' },
    { kind: 'investmentPledge', role: 'tokyo', amountBn: 300 },
  ],
  durationRounds: 2,
};

/** A game in round 1's negotiation with Tokyo's offer open; `sign()` has the White House sign it. */
function negotiation(bindingDeals = false) {
  const config = createGameConfig({
    gameId: 'game-1',
    seed: 11,
    rounds: 3,
    bindingDeals,
    seats: { tokyo: 'human', whiteHouse: 'human', investors: 'bot', usBusiness: 'bot' },
  });
  const engine: GameEngine = createGameEngine(config, T0);
  let count = 0;
  const send = (actor: { kind: 'host' } | { kind: 'seat'; role: RoleId }, body: Record<string, unknown>) => {
    count += 1;
    const answer = engine.command(
      actor,
      { commandId: `c${count}`, version: engine.state.version, ...body },
      T0 + count,
    );
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.data as Record<string, unknown>;
  };
  send({ kind: 'host' }, { type: 'host:start' });
  send({ kind: 'host' }, { type: 'host:skip' });
  send({ kind: 'host' }, { type: 'host:skip' });
  const { proposalId } = send({ kind: 'seat', role: 'tokyo' }, { type: 'deal:propose', proposal: OFFER });
  return {
    view: (role: RoleId): PlayerView => playerViewFor(engine.state, role),
    /** The White House signs; returns the new deal's id. */
    sign: () =>
      String(send({ kind: 'seat', role: 'whiteHouse' }, { type: 'deal:accept', proposalId }).dealId),
    toDecide: () => send({ kind: 'host' }, { type: 'host:skip' }),
  };
}

/** Renders the sheet for `view`, and lets the test hand it the next view as the server would. */
function renderSheet(view: PlayerView) {
  const { client, socket } = seatedClient(view);
  socket.answerWith(() => ({ ok: true, data: {} }));
  const rendered = renderWith(<MoveSheetPanel view={view} />, client);
  const update = (next: PlayerView) => rendered.rerenderWith(<MoveSheetPanel view={next} />);
  return { socket, update };
}

const fieldValue = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;

describe('a deal signed while the move sheet is open', () => {
  it('fills in what the White House promised, marks it, and hands in a sheet that keeps the deal', async () => {
    const game = negotiation();
    const { socket, update } = renderSheet(game.view('whiteHouse'));
    expect([fieldValue('Tariff on Japanese goods'), fieldValue('Tariff on Japanese cars')]).toEqual([
      '24',
      '25',
    ]);
    const dealId = game.sign();
    update(game.view('whiteHouse'));
    await flush();
    expect([fieldValue('Tariff on Japanese goods'), fieldValue('Tariff on Japanese cars')]).toEqual([
      '15',
      '15',
    ]);
    expect(screen.getByTestId('sheet-from-deals').textContent).toBe(
      `Filled in by deal ${dealId}, which you signed: Tariff on Japanese goods, Tariff on Japanese cars.`,
    );
    expect(screen.queryByTestId('sheet-breaks-promise')).toBeNull();
    game.toDecide();
    update(game.view('whiteHouse'));
    fireEvent.click(screen.getByRole('button', { name: 'Hand in my sheet' }));
    await flush();
    const sent = socket.sent('game:command')[0]?.payload as { move: Record<string, unknown> };
    expect(sent.move).toMatchObject({ role: 'whiteHouse', tariffPct: 15, autoTariffPct: 15 });
  });

  it('fills in Tokyo’s pledge, and keeps the player’s own edits to other fields', async () => {
    const game = negotiation();
    const { update } = renderSheet(game.view('tokyo'));
    fireEvent.change(screen.getByLabelText('Retaliatory tariff on US goods'), { target: { value: '7' } });
    game.sign();
    update(game.view('tokyo'));
    await flush();
    expect(fieldValue('Investment pledge in the US')).toBe('300');
    expect(fieldValue('Retaliatory tariff on US goods')).toBe('7');
    expect(screen.getByTestId('sheet-from-deals').textContent).toContain('Investment pledge in the US');
    // Editing the field the deal set takes its mark away: it is the player's number now.
    fireEvent.change(screen.getByLabelText('Investment pledge in the US'), { target: { value: '350' } });
    expect(screen.queryByTestId('sheet-from-deals')).toBeNull();
  });

  it('warns, naming the term, when the sheet would break it; a binding game will not hand it in', async () => {
    for (const binding of [false, true]) {
      const game = negotiation(binding);
      const dealId = game.sign();
      game.toDecide();
      const { socket } = renderSheet(game.view('whiteHouse'));
      expect(screen.queryByTestId('sheet-breaks-promise')).toBeNull();
      fireEvent.change(screen.getByLabelText('Tariff on Japanese cars'), { target: { value: '25' } });
      const warning = screen.getByTestId('sheet-breaks-promise');
      expect(warning.textContent).toContain(
        `White House: tariff at most 15%, cars included (deal ${dealId})`,
      );
      const button = screen.getByRole('button', { name: 'Hand in my sheet' }) as HTMLButtonElement;
      // Refused, the button says so and keeps focus (aria-disabled), and pressing it sends nothing.
      expect(button.getAttribute('aria-disabled')).toBe(binding ? 'true' : null);
      expect(warning.textContent).toContain(binding ? 'Deals are binding' : 'You can still hand it in');
      fireEvent.click(button);
      await flush();
      expect(socket.sent('game:command')).toHaveLength(binding ? 0 : 1);
      cleanup();
      window.localStorage.clear();
    }
  });
});

describe('one-off moves on the sheet', () => {
  it('says which fields last this round only, from the shared list', () => {
    const game = negotiation();
    renderSheet(game.view('tokyo'));
    expect(screen.getByTestId('sheet-one-off').textContent).toBe(
      'This round only: Treasury action, Amount to buy or sell, Yen intervention, US farm purchases. Next round they are back to none unless you hand them in again; everything else stands.',
    );
    cleanup();
    renderSheet(game.view('whiteHouse'));
    expect(screen.queryByTestId('sheet-one-off')).toBeNull();
  });
});
