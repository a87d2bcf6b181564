// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { HostControls } from '../../client/features/host/HostControls.tsx';
import { createI18n } from '../../client/i18n/setup.ts';
import { headlineIn, localTextIn, typedTextIn } from '../../client/i18n/text-language.ts';
import { InLanguage } from '../../client/ui/InLanguage.tsx';
import { DEFAULT_SHOCKS } from '../../shared/scenario/shocks.ts';
import { renderWith, seatedClient, viewAt } from './helpers.tsx';

afterEach(cleanup);

describe('the language a text is shown in', () => {
  it('is the page’s for a translated headline, English for one nobody has translated yet', () => {
    const i18n = createI18n('ja');
    expect(headlineIn(i18n, { key: 'news.roundStart', params: { round: 1, rounds: 6 } }).lang).toBe('ja');
    // Every headline has Japanese today; a key added to the model before its translation falls back.
    i18n.addResource('en', 'headline', 'news.addedLater', 'Something new happened');
    expect(headlineIn(i18n, { key: 'news.addedLater' })).toEqual({
      text: 'Something new happened',
      lang: 'en',
    });
    expect(headlineIn(createI18n('en'), { key: 'news.roundStart' }).lang).toBe('en');
  });

  it('is English for a scenario text with no Japanese, such as the shock titles', () => {
    const title = DEFAULT_SHOCKS[0]!.title;
    expect(localTextIn(title, 'ja')).toEqual({ text: title.en, lang: 'en' });
    expect(localTextIn({ en: 'Hello', ja: 'こんにちは' }, 'ja')).toEqual({ text: 'こんにちは', lang: 'ja' });
  });

  it('follows the script of what a player typed', () => {
    expect(typedTextIn('関税は据え置き', 'en').lang).toBe('ja');
    expect(typedTextIn('No sale planned', 'ja').lang).toBe('en');
    expect(typedTextIn('100%!', 'ja').lang).toBe('ja');
  });
});

describe('InLanguage', () => {
  function show(language: 'en' | 'ja', value: { text: string; lang: 'en' | 'ja' }) {
    return render(
      <I18nextProvider i18n={createI18n(language)}>
        <p data-testid="line">
          <InLanguage value={value} />
        </p>
      </I18nextProvider>,
    );
  }

  it('marks English on a Japanese page and Japanese on an English page, nothing else', () => {
    show('ja', { text: 'A bot plays Tokyo.', lang: 'en' });
    expect(screen.getByTestId('line').querySelector('span[lang="en"]')?.textContent).toBe(
      'A bot plays Tokyo.',
    );
    cleanup();
    show('en', { text: '関税', lang: 'ja' });
    expect(screen.getByTestId('line').querySelector('span[lang="ja"]')?.textContent).toBe('関税');
    cleanup();
    show('en', { text: 'Tariffs', lang: 'en' });
    expect(screen.getByTestId('line').querySelector('[lang]')).toBeNull();
  });

  it('marks the English shock titles in the host’s list on a Japanese screen', () => {
    const view = viewAt('negotiate', null);
    const { client } = seatedClient(view);
    renderWith(<HostControls />, client, 'ja');
    const options = [...document.querySelectorAll('option')];
    expect(options.length).toBe(DEFAULT_SHOCKS.length);
    for (const option of options) expect(option.getAttribute('lang')).toBe('en');
  });
});
