// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ShockOptions } from '../../client/features/host/ShockOptions.tsx';
import { renderWith, seatedClient } from './helpers.tsx';

afterEach(cleanup);

const optionText = (value: string) =>
  (document.querySelector(`option[value="${value}"]`) as HTMLOptionElement).textContent;

function list(rounds: number | undefined, language: 'en' | 'ja' = 'en') {
  renderWith(
    <select aria-label="Shock">
      <ShockOptions rounds={rounds} />
    </select>,
    seatedClient().client,
    language,
  );
  expect(screen.getByRole('combobox')).toBeTruthy();
}

describe('the shock list', () => {
  it('marks a shock the scenario fires by itself in a round this game reaches, so nobody injects it twice', () => {
    list(4);
    expect(optionText('weak-jobs-report')).toBe('Weak US jobs report (scheduled in round 3)');
    // Round 5 never comes in a game of 4 rounds.
    expect(optionText('hot-inflation')).toBe('Import prices jump');
    expect(optionText('hawks-resist')).toBe('Trade hawks warn against a climb-down');
    cleanup();
    list(6);
    expect(optionText('hot-inflation')).toBe('Import prices jump (scheduled in round 5)');
  });

  it('says it in Japanese, and names every scheduled round while no game is known', () => {
    list(undefined, 'ja');
    expect(optionText('weak-jobs-report')).toBe('米雇用統計、低調な結果に（第3ラウンドに予定）');
    expect(optionText('hot-inflation')).toBe('輸入物価が急上昇（第5ラウンドに予定）');
  });
});
