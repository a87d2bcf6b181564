import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import type { MoveSheet } from '../../../shared/protocol/moves.ts';
import { useFormat } from '../../i18n/format.ts';
import { useHeadlineIn } from '../../i18n/text-language.ts';
import { InLanguage } from '../../ui/InLanguage.tsx';
import type { Levels, Projection } from './preview.ts';

type PreviewModule = typeof import('./preview.ts');

const ROWS: readonly { key: keyof Levels; digits: number }[] = [
  { key: 'yield10y', digits: 2 },
  { key: 'mortgageRate', digits: 2 },
  { key: 'usdJpy', digits: 2 },
  { key: 'usEquity', digits: 0 },
  { key: 'japanEquity', digits: 0 },
  { key: 'panic', digits: 1 },
  { key: 'score', digits: 1 },
];

/** The model loads on first use: the dashboard paints before the "what if" engine arrives. */
function usePreviewModule(): PreviewModule | null | 'failed' {
  const [module, setModule] = useState<PreviewModule | null | 'failed'>(null);
  useEffect(() => {
    let cancelled = false;
    import('./preview.ts').then(
      (loaded) => !cancelled && setModule(loaded),
      () => !cancelled && setModule('failed'),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return module;
}

export function ProjectedEffect({ view, move }: { view: PlayerView; move: MoveSheet }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headline = useHeadlineIn();
  const module = usePreviewModule();
  const projection = useMemo<Projection | null>(() => {
    if (!module || module === 'failed') return null;
    try {
      return module.projectSheet(view, move);
    } catch {
      return null;
    }
  }, [module, view, move]);

  return (
    <section className="preview" aria-labelledby="preview-title" data-testid="projected-effect">
      <h3 id="preview-title">{t('preview.title')}</h3>
      {!projection ? (
        <p className="muted">{t(module === 'failed' ? 'preview.unavailable' : 'preview.loading')}</p>
      ) : (
        <>
          <table className="compact-table">
            <caption>{t('preview.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('preview.measure')}</th>
                <th scope="col">{t('preview.now')}</th>
                <th scope="col">{t('preview.projected')}</th>
                <th scope="col">{t('preview.difference')}</th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map(({ key, digits }) => (
                <tr key={key}>
                  <th scope="row">{t(`preview.rows.${key}`)}</th>
                  <td>{format.number(projection.now[key], digits)}</td>
                  <td>{format.number(projection.withSheet[key], digits)}</td>
                  <td>{format.signed(projection.withSheet[key] - projection.withStanding[key], digits)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {projection.headlines.length > 0 ? (
            <ul className="preview-headlines">
              {projection.headlines.slice(0, 4).map((item, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list per projection
                <li key={index}>
                  <InLanguage value={headline(item)} />
                </li>
              ))}
            </ul>
          ) : null}
          <p className="field-hint" data-testid="targets-move">
            {t('preview.targetsMove', { score: format.number(projection.nowAtRoundEndTargets, 1) })}
          </p>
          <p className="field-hint">{t('preview.caveat')}</p>
        </>
      )}
    </section>
  );
}
