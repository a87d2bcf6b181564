// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ScoresPanel } from '../../client/features/scores/ScoresPanel.tsx';
import { renderWith, seatedClient, viewAt } from './helpers.tsx';

afterEach(cleanup);

describe('your own row in the standings', () => {
  it('is marked by a shape and a word, not only by its colour (WCAG 1.4.1)', () => {
    const view = viewAt('negotiate', 'tokyo');
    const { client } = seatedClient(view);
    renderWith(<ScoresPanel view={view} />, client);
    const mine = screen.getByTestId('standing-tokyo');
    const header = within(mine).getByRole('rowheader');
    expect(header.textContent).toBe('▶ Tokyo (you)');
    // The shape is for the eye; a screen reader hears the word once.
    expect(header.querySelector('[aria-hidden="true"]')?.textContent).toBe('▶ ');
    expect(within(screen.getByTestId('standing-whiteHouse')).getByRole('rowheader').textContent).toBe(
      'White House',
    );
  });

  it('says it in Japanese on a Japanese screen, and not at all for the host without a seat', () => {
    const view = viewAt('negotiate', 'tokyo');
    const { client } = seatedClient(view);
    renderWith(<ScoresPanel view={view} />, client, 'ja');
    expect(within(screen.getByTestId('standing-tokyo')).getByRole('rowheader').textContent).toContain(
      '（あなた）',
    );
    cleanup();
    const hostView = viewAt('negotiate', null);
    renderWith(<ScoresPanel view={hostView} />, seatedClient(hostView).client);
    expect(screen.queryByText('(you)')).toBeNull();
  });
});
