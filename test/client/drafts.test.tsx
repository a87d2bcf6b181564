// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChatPanel } from '../../client/features/chat/ChatPanel.tsx';
import { DealsPanel } from '../../client/features/deals/DealsPanel.tsx';
import { longestDeal } from '../../client/features/deals/proposal-draft.ts';
import type { PlayerView } from '../../shared/game/player-view.ts';
import { renderWith, seatedClient, viewAt } from './helpers.tsx';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
});

const durationOptions = () =>
  within(screen.getByLabelText('Duration'))
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('drafts that survive a refresh', () => {
  it('keeps the chosen signal of an unsent statement across a remount', () => {
    const view = viewAt('negotiate');
    const { client } = seatedClient(view);
    const first = renderWith(<ChatPanel view={view} />, client);
    fireEvent.change(screen.getByRole('textbox', { name: /Public statement/ }), {
      target: { value: 'All options are open.' },
    });
    fireEvent.change(screen.getByLabelText('Signal'), { target: { value: 'threat' } });
    first.unmount();
    renderWith(<ChatPanel view={view} />, client);
    expect((screen.getByRole('textbox', { name: /Public statement/ }) as HTMLTextAreaElement).value).toBe(
      'All options are open.',
    );
    expect((screen.getByLabelText('Signal') as HTMLSelectElement).value).toBe('threat');
  });

  it('ignores a stored signal this role may not send', () => {
    const view = viewAt('negotiate');
    const { client } = seatedClient(view);
    window.sessionStorage.setItem('leverage.chat.game-1.tokyo.public.signal', JSON.stringify('callBluff'));
    renderWith(<ChatPanel view={view} />, client);
    expect((screen.getByLabelText('Signal') as HTMLSelectElement).value).toBe('none');
  });

  it('keeps a half-built proposal, its terms, amounts and duration, across a remount', () => {
    const view = viewAt('negotiate');
    const { client } = seatedClient(view);
    const first = renderWith(<DealsPanel view={view} />, client);
    fireEvent.click(screen.getByLabelText('White House: tariff cap'));
    fireEvent.change(screen.getByLabelText('Tariff at most'), { target: { value: '12' } });
    fireEvent.click(screen.getByLabelText('Tokyo: no net Treasury sales'));
    fireEvent.change(screen.getByLabelText('Duration'), { target: { value: '2' } });
    first.unmount();
    renderWith(<DealsPanel view={view} />, client);
    expect((screen.getByLabelText('White House: tariff cap') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Tokyo: no net Treasury sales') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Tariff at most') as HTMLInputElement).value).toBe('12');
    expect((screen.getByLabelText('Duration') as HTMLSelectElement).value).toBe('2');
  });

  it('falls back to an empty builder when the stored draft is not one', () => {
    const view = viewAt('negotiate');
    const { client } = seatedClient(view);
    window.sessionStorage.setItem('leverage.proposal.game-1.tokyo', JSON.stringify({ included: 'yes' }));
    renderWith(<DealsPanel view={view} />, client);
    expect((screen.getByLabelText('White House: tariff cap') as HTMLInputElement).checked).toBe(false);
  });
});

describe('the deal duration list', () => {
  it('offers no more rounds than are left in the game', () => {
    expect(longestDeal(1, 6)).toBe(6);
    expect(longestDeal(5, 6)).toBe(2);
    expect(longestDeal(6, 6)).toBe(1);
    expect(longestDeal(1, 20)).toBe(12);
    expect(longestDeal(0, 3)).toBe(3);
  });

  it('lists the rounds left, this one included, in a short game', () => {
    const view = viewAt('negotiate');
    expect(view.rounds).toBe(3);
    const { client } = seatedClient(view);
    renderWith(<DealsPanel view={view} />, client);
    expect(durationOptions()).toEqual(['1 round', '2 rounds', '3 rounds']);
  });

  it('brings a draft longer than the rounds left down to the longest offered', () => {
    const view: PlayerView = { ...viewAt('negotiate'), round: 3 };
    const { client } = seatedClient(view);
    renderWith(<DealsPanel view={view} />, client);
    expect(durationOptions()).toEqual(['1 round']);
    expect((screen.getByLabelText('Duration') as HTMLSelectElement).value).toBe('1');
  });
});

describe('a proposal sent while the next one is begun', () => {
  it('keeps the next proposal when the answer to the sent one arrives after the player began it', async () => {
    const view = viewAt('negotiate');
    const { client, socket } = seatedClient(view);
    renderWith(<DealsPanel view={view} />, client);
    fireEvent.click(screen.getByLabelText('White House: tariff cap'));
    fireEvent.change(screen.getByLabelText('Tariff at most'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send proposal' }));
    const [sent] = socket.sent('game:command');
    expect(sent?.payload).toMatchObject({ type: 'deal:propose' });
    // The update listing the proposal came first; the player starts the next one before the answer.
    fireEvent.click(screen.getByLabelText('Tokyo: investment pledge'));
    fireEvent.change(screen.getByLabelText('Pledge'), { target: { value: '100' } });
    await act(async () => sent?.ack({ ok: true, data: { proposalId: 'p7' } }));
    expect((screen.getByLabelText('Tokyo: investment pledge') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Pledge') as HTMLInputElement).value).toBe('100');
    expect((screen.getByLabelText('White House: tariff cap') as HTMLInputElement).checked).toBe(true);
  });

  it('clears the builder when its answer arrives and nothing was changed meanwhile', async () => {
    const view = viewAt('negotiate');
    const { client, socket } = seatedClient(view);
    renderWith(<DealsPanel view={view} />, client);
    fireEvent.click(screen.getByLabelText('White House: tariff cap'));
    fireEvent.click(screen.getByRole('button', { name: 'Send proposal' }));
    const [sent] = socket.sent('game:command');
    await act(async () => sent?.ack({ ok: true, data: { proposalId: 'p7' } }));
    expect((screen.getByLabelText('White House: tariff cap') as HTMLInputElement).checked).toBe(false);
  });
});
