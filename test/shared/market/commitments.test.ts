import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING } from '../../../shared/scenario/default-scoring.ts';
import { scoreCardFor } from '../../../shared/scoring/score.ts';
import { newGame, playRound, SCENARIO, tokyoMove } from './fixture.ts';

const params = SCENARIO.model;

describe("Tokyo's pledges and farm purchases cost it money", () => {
  it('books the largest commitment made, and keeps it when the pledge is withdrawn', () => {
    const pledged = playRound(newGame(SCENARIO, 5), {
      tokyo: tokyoMove({ investmentPledgeBn: 550, farmPurchasesBn: 8 }),
    });
    const cost = params.pledgeCostShare * 550 + params.farmPurchaseCostShare * 8;
    expect(cost).toBeCloseTo(29.5, 10);
    expect(pledged.books.tokyo.commitmentsCostBn).toBeCloseTo(cost, 10);
    const withdrawn = playRound(pledged, { tokyo: tokyoMove({ investmentPledgeBn: 0, farmPurchasesBn: 0 }) });
    expect(withdrawn.books.tokyo.commitmentsCostBn).toBeCloseTo(cost, 10);
    const silent = playRound(newGame(SCENARIO, 5));
    expect(silent.books.tokyo.commitmentsCostBn).toBe(0);
  });

  it("Tokyo's portfolio component reads its P&L less the commitments, so a pledge lowers that score", () => {
    const rule = DEFAULT_SCORING.tokyo.find((each) => each.id === 'portfolioValue');
    expect(rule?.metric).toBe('tokyoPnlAfterCommitmentsBn');
    const pledged = playRound(newGame(SCENARIO, 5), { tokyo: tokyoMove({ investmentPledgeBn: 1000 }) });
    const card = scoreCardFor('tokyo', pledged.market, pledged.books, SCENARIO);
    const part = card.components.find((each) => each.id === 'portfolioValue');
    expect(part?.value).toBeCloseTo(pledged.books.tokyo.portfolioPnlBn - 50, 6);
    const free = scoreCardFor(
      'tokyo',
      pledged.market,
      { ...pledged.books, tokyo: { ...pledged.books.tokyo, commitmentsCostBn: 0 } },
      SCENARIO,
    );
    expect(free.total - card.total).toBeGreaterThan(2);
  });
});

describe("Tokyo's scales fit the trades it makes (no component pinned by an ordinary corner)", () => {
  const game = playRound(newGame(SCENARIO, 5));
  const scoreWith = (change: (books: typeof game.books, market: typeof game.market) => void) => {
    const books = structuredClone(game.books);
    const market = structuredClone(game.market);
    change(books, market);
    return scoreCardFor('tokyo', market, books, SCENARIO).components;
  };
  const start = SCENARIO.startingMarket;

  it('a 15% yen move, a $100bn mark, a tariff of 40% and a credibility of 30 still read above 0', () => {
    const parts = scoreWith((books, market) => {
      market.usdJpy = start.usdJpy * 0.85;
      books.tokyo.portfolioPnlBn = -100;
      market.effectiveTariffPct = 40;
      market.credibility = { ...market.credibility, tokyo: 30 };
    });
    for (const part of parts) expect(part.score, part.id).toBeGreaterThanOrEqual(0.5);
  });

  it('a $100bn gain from buying reads below 100', () => {
    const parts = scoreWith((books) => {
      books.tokyo.portfolioPnlBn = 100;
    });
    expect(parts.find((part) => part.id === 'portfolioValue')?.score).toBeLessThan(99.5);
  });
});
