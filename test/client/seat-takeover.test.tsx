// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { gameEventsBetween, isDetail } from '../../client/features/announce/game-events.ts';
import { MoveSheetPanel } from '../../client/features/moves/MoveSheetPanel.tsx';
import { ScoresPanel } from '../../client/features/scores/ScoresPanel.tsx';
import { SeatTakeoverNotice } from '../../client/features/takeover/SeatTakeoverNotice.tsx';
import type { PlayerView } from '../../shared/game/player-view.ts';
import type { SeatControl } from '../../shared/game/takeover.ts';
import { SAMPLE_SHEETS } from '../fixtures/sample-sheets.ts';
import { renderWith, roster, seatedClient, T0, viewAt } from './helpers.tsx';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
});

/** Tokyo's view with its seat under `control`, and (when a bot handed it in) the bot's sheet. */
function withControl(view: PlayerView, control: SeatControl | null, botSheet = false): PlayerView {
  const you = view.you!;
  return {
    ...view,
    seats: { ...view.seats, tokyo: { ...view.seats.tokyo, control, submitted: botSheet } },
    you: { ...you, submittedMove: botSheet ? { ...SAMPLE_SHEETS.tokyo, investmentPledgeBn: 0 } : null },
  };
}

const pledge = () => (screen.getByLabelText('Investment pledge in the US') as HTMLInputElement).value;

describe('a seat taken over by a bot, as its person sees it', () => {
  it('keeps what the person had typed in the sheet through the takeover, the bot’s sheet and the hand-back', () => {
    const decide = viewAt('decide');
    const { client } = seatedClient(decide);
    const rendered = renderWith(<MoveSheetPanel view={decide} />, client);
    fireEvent.change(screen.getByLabelText('Investment pledge in the US'), { target: { value: '350' } });
    const bot: SeatControl = { status: 'bot', since: T0 + 60_000, level: 'easy' };
    rendered.rerenderWith(<MoveSheetPanel view={withControl(decide, bot, true)} />);
    expect(pledge()).toBe('350');
    rendered.rerenderWith(<MoveSheetPanel view={withControl(decide, null, true)} />);
    expect(pledge()).toBe('350');
    expect(screen.getByTestId('sheet-status').textContent).toBe(
      'Changed since you handed it in: hand it in again to count.',
    );
    // A refresh after the hand-back reads the same draft back.
    rendered.unmount();
    renderWith(<MoveSheetPanel view={withControl(decide, null, true)} />, client);
    expect(pledge()).toBe('350');
  });

  it('warns the seat with the time the bot steps in, and "I’m back" sends seat:back', () => {
    const decide = viewAt('decide');
    const { client, socket } = seatedClient(decide);
    const warned = withControl(decide, { status: 'warned', since: T0, takeoverAt: T0 + 30_000 });
    const rendered = renderWith(<SeatTakeoverNotice view={warned} />, client);
    expect(screen.getByTestId('takeover-notice').textContent).toContain('A bot will play your seat from');
    fireEvent.click(screen.getByRole('button', { name: 'I’m back' }));
    expect(socket.sent('seat:back')).toHaveLength(1);
    rendered.rerenderWith(<SeatTakeoverNotice view={withControl(decide, null)} />);
    expect(screen.queryByTestId('takeover-notice')).toBeNull();
  });

  it('shows everyone, in English and Japanese, that a bot plays for the seat’s person', () => {
    const decide = viewAt('decide', null);
    const { client } = seatedClient(decide);
    client.store.set((state) => ({ ...state, roster: roster() }));
    const taken = withControl(decide, { status: 'bot', since: T0, level: 'hard' });
    renderWith(<ScoresPanel view={{ ...taken, you: null }} />, client);
    expect(screen.getByText('Bot playing for Aiko')).toBeTruthy();
    cleanup();
    renderWith(<ScoresPanel view={{ ...taken, you: null }} />, client, 'ja');
    expect(screen.getByText('Aikoの代わりにボットがプレイ中')).toBeTruthy();
  });
});

describe('takeover announcements', () => {
  it('tells the seat itself as essential news and the table as detail, in the person’s language', () => {
    const before = viewAt('decide');
    const warned = withControl(before, { status: 'warned', since: T0, takeoverAt: T0 + 30_000 });
    const own = gameEventsBetween(before, warned);
    expect(own).toMatchObject([{ kind: 'seatControl', role: 'tokyo', status: 'warned', yours: true }]);
    expect(isDetail(own[0]!)).toBe(false);
    const table = gameEventsBetween({ ...before, you: null }, { ...warned, you: null });
    expect(table).toMatchObject([{ kind: 'seatControl', role: 'tokyo', status: 'warned', yours: false }]);
    expect(isDetail(table[0]!)).toBe(true);
    const back = gameEventsBetween(warned, withControl(before, null));
    expect(back).toMatchObject([{ kind: 'seatControl', status: 'back', takeoverAt: null }]);
  });
});
