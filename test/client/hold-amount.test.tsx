// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { DebriefSheets } from '../../client/features/debrief/DebriefSheets.tsx';
import { MoveSheetPanel } from '../../client/features/moves/MoveSheetPanel.tsx';
import { createI18n } from '../../client/i18n/setup.ts';
import type { RoundSheets } from '../../shared/debrief/round-sheets.ts';
import { SAMPLE_SHEETS } from '../fixtures/sample-sheets.ts';
import { renderWith, seatedClient, viewAt } from './helpers.tsx';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('Hold has no amount', () => {
  it('hands in a Hold without the amount typed for a sale before it', async () => {
    const view = viewAt('decide', 'tokyo');
    const { client, socket } = seatedClient(view);
    socket.answerWith(() => ({ ok: true, data: { role: 'tokyo' } }));
    renderWith(<MoveSheetPanel view={view} />, client);
    const action = screen.getByLabelText('Treasury action');
    fireEvent.change(action, { target: { value: 'sell' } });
    fireEvent.change(screen.getByLabelText(/Amount to buy or sell/), { target: { value: '25' } });
    fireEvent.change(action, { target: { value: 'hold' } });
    fireEvent.click(screen.getByRole('button', { name: /^Hand in/ }));
    await flush();
    const sent = socket
      .sent('game:command')
      .map((entry) => entry.payload as { move: Record<string, unknown> });
    expect(sent.map(({ move }) => [move.treasuryAction, move.treasuryAmountBn])).toEqual([['hold', 0]]);
    // The box keeps what was typed: switching back to Sell brings the 25 back.
    fireEvent.change(action, { target: { value: 'sell' } });
    expect((screen.getByLabelText(/Amount to buy or sell/) as HTMLInputElement).value).toBe('25');
  });

  it('reads "Hold" in the debrief, not "Hold 25", for a sheet that carried one', () => {
    const held: RoundSheets = {
      round: 1,
      sheets: {
        ...SAMPLE_SHEETS,
        tokyo: { ...SAMPLE_SHEETS.tokyo, treasuryAction: 'hold', treasuryAmountBn: 25 },
      },
      handedIn: ['tokyo'],
      scores: {} as RoundSheets['scores'],
    } as RoundSheets;
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <DebriefSheets rounds={[held]} />
      </I18nextProvider>,
    );
    const row = within(screen.getByTestId('debrief-sheets-tokyo')).getAllByRole('row')[1]!;
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]!.textContent).toBe('Hold');
    expect(cells[1]!.textContent).not.toContain('25');
    expect(cells[1]!.textContent).toContain('none (not used by this action)');
  });
});
