// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MoveSheetPanel } from '../../client/features/moves/MoveSheetPanel.tsx';
import { renderWith, seatedClient, viewAt } from './helpers.tsx';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
});

describe("Tokyo's sheet counts net sales as the engine does", () => {
  it('shows buying yen on a "hold" sheet as a net sale of the intervention, and a skipped auction too', () => {
    const view = viewAt('decide');
    const { client } = seatedClient(view);
    renderWith(<MoveSheetPanel view={view} />, client);
    const netLine = () => screen.getByText(/^Net Treasury sales on this sheet/).textContent;
    expect(netLine()).toBe('Net Treasury sales on this sheet, intervention included: $0bn');
    fireEvent.change(screen.getByLabelText('Yen intervention'), { target: { value: 'buyYen' } });
    expect(netLine()).toBe('Net Treasury sales on this sheet, intervention included: +$30bn');
    fireEvent.change(screen.getByLabelText('Treasury action'), { target: { value: 'skipAuctions' } });
    expect(netLine()).toBe('Net Treasury sales on this sheet, intervention included: +$50bn');
    expect(
      screen.getByText(/Skipping auctions is a quiet sale of about \$20bn; buying yen sells \$30bn/),
    ).toBeTruthy();
  });
});
