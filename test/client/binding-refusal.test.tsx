// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { heldDraft, sheetReadyToHandIn } from '../../client/features/moves/held-sheet.ts';
import { MoveSheetPanel } from '../../client/features/moves/MoveSheetPanel.tsx';
import { checkDraft } from '../../client/features/moves/move-draft.ts';
import { createGameConfig, createGameEngine, type GameEngine } from '../../shared/game/engine.ts';
import { type PlayerView, playerViewFor } from '../../shared/game/player-view.ts';
import { bindingPromiseBrokenBy } from '../../shared/game/rules.ts';
import type { RoleId } from '../../shared/roles.ts';
import { renderWith, seatedClient, T0 } from './helpers.tsx';

// The shared rule, real unless a test says otherwise: the engine's own refusal calls it inside rules.ts
// and is never affected; the client reaches it through this module's export.
vi.mock('../../shared/game/rules.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../shared/game/rules.ts')>();
  return { ...actual, bindingPromiseBrokenBy: vi.fn(actual.bindingPromiseBrokenBy) };
});
const realRule = (
  await vi.importActual<typeof import('../../shared/game/rules.ts')>('../../shared/game/rules.ts')
).bindingPromiseBrokenBy;

beforeEach(() => {
  vi.mocked(bindingPromiseBrokenBy).mockImplementation(realRule);
});
afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

/** The White House caps its tariffs at 15%, cars included; Tokyo pledges $300bn. */
const DEAL = {
  terms: [
    { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true },
    { kind: 'investmentPledge', role: 'tokyo', amountBn: 300 },
  ],
};

/**
 * A game with the deal signed in round 1's negotiation for `durationRounds`, brought to the decide phase
 * of `round`; `submit` hands a sheet to the real engine and says whether it was taken or why not.
 */
function decideWithDeal(options: { binding: boolean; durationRounds: number; round: number }) {
  const engine: GameEngine = createGameEngine(
    createGameConfig({
      gameId: 'game-1',
      seed: 11,
      rounds: 3,
      bindingDeals: options.binding,
      seats: { tokyo: 'human', whiteHouse: 'human', investors: 'bot', usBusiness: 'bot' },
    }),
    T0,
  );
  let count = 0;
  const send = (actor: { kind: 'host' } | { kind: 'seat'; role: RoleId }, body: Record<string, unknown>) => {
    count += 1;
    return engine.command(
      actor,
      { commandId: `c${count}`, version: engine.state.version, ...body },
      T0 + count,
    );
  };
  const host = (type: string) => send({ kind: 'host' }, { type });
  host('host:start');
  host('host:skip');
  host('host:skip');
  const proposed = send(
    { kind: 'seat', role: 'tokyo' },
    { type: 'deal:propose', proposal: { ...DEAL, durationRounds: options.durationRounds } },
  );
  if (!proposed.ok) throw new Error(proposed.error.message);
  const { proposalId } = proposed.data as { proposalId: string };
  send({ kind: 'seat', role: 'whiteHouse' }, { type: 'deal:accept', proposalId });
  host('host:skip');
  // Each further round: resolve the decide phase, then skip its news and negotiation.
  for (let round = 1; round < options.round; round++) for (let step = 0; step < 3; step++) host('host:skip');
  expect([engine.state.phase, engine.state.round]).toEqual(['decide', options.round]);
  return {
    view: (role: RoleId): PlayerView => playerViewFor(engine.state, role),
    submit: (role: RoleId, move: unknown) => {
      const answer = send({ kind: 'seat', role }, { type: 'move:submit', move });
      return answer.ok ? 'taken' : answer.error.code;
    },
  };
}

/** Renders the seat's sheet, types `value` into the field labelled `label`, and reads the button. */
function editSheet(view: PlayerView, label: string, value: string) {
  const { client } = seatedClient(view);
  renderWith(<MoveSheetPanel view={view} />, client);
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
  const button = screen.getByRole('button', { name: 'Hand in my sheet' });
  return { refusedByForm: button.getAttribute('aria-disabled') === 'true' };
}

describe('a sheet that breaks a binding deal: the engine, the move sheet and the host’s Skip agree', () => {
  const cases = [
    {
      name: 'a broken cap, not binding',
      binding: false,
      round: 1,
      role: 'whiteHouse',
      field: 'Tariff on Japanese cars',
      value: '25',
      refused: false,
    },
    {
      name: 'a broken cap, binding',
      binding: true,
      round: 1,
      role: 'whiteHouse',
      field: 'Tariff on Japanese cars',
      value: '25',
      refused: true,
    },
    {
      name: 'a kept cap, binding',
      binding: true,
      round: 1,
      role: 'whiteHouse',
      field: 'Tariff on Japanese cars',
      value: '10',
      refused: false,
    },
    {
      name: 'a broken pledge, binding',
      binding: true,
      round: 1,
      role: 'tokyo',
      field: 'Investment pledge in the US',
      value: '100',
      refused: true,
    },
    {
      name: 'a lapsed deal, binding',
      binding: true,
      round: 2,
      role: 'whiteHouse',
      field: 'Tariff on Japanese cars',
      value: '25',
      refused: false,
    },
  ] as const;

  for (const { name, binding, round, role, field, value, refused } of cases) {
    it(name, () => {
      const game = decideWithDeal({ binding, durationRounds: 1, round });
      const view = game.view(role);
      const { refusedByForm } = editSheet(view, field, value);
      // The host's "Hand in and resolve" reads the same stored sheet the form just wrote.
      const refusedForHost = sheetReadyToHandIn(view, view.you!) === null;
      const held = checkDraft(heldDraft(view, view.you!).draft);
      if (!held.ok) throw new Error('the edited sheet should parse');
      expect({ engine: game.submit(role, held.move), refusedByForm, refusedForHost }).toEqual({
        engine: refused ? 'BREAKS_DEAL' : 'taken',
        refusedByForm: refused,
        refusedForHost: refused,
      });
    });
  }
});

describe('the move sheet and the host’s Skip ask the shared rule, not a copy of it', () => {
  const brokenCap = {
    dealId: 'd1',
    term: { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true },
  } as const;

  it('refuse a sheet the rule refuses, though nothing the client sees would', () => {
    vi.mocked(bindingPromiseBrokenBy).mockReturnValue(brokenCap);
    const view = decideWithDeal({ binding: false, durationRounds: 1, round: 1 }).view('whiteHouse');
    const { refusedByForm } = editSheet(view, 'Tariff on Japanese cars', '10');
    expect({ refusedByForm, ready: sheetReadyToHandIn(view, view.you!) }).toEqual({
      refusedByForm: true,
      ready: null,
    });
  });

  it('hand in a sheet the rule lets through, though it breaks a deal the client sees as binding', () => {
    vi.mocked(bindingPromiseBrokenBy).mockReturnValue(null);
    const view = decideWithDeal({ binding: true, durationRounds: 1, round: 1 }).view('whiteHouse');
    const { refusedByForm } = editSheet(view, 'Tariff on Japanese cars', '25');
    expect({ refusedByForm, ready: sheetReadyToHandIn(view, view.you!) }).toEqual({
      refusedByForm: false,
      ready: expect.objectContaining({ role: 'whiteHouse', autoTariffPct: 25 }),
    });
  });
});
