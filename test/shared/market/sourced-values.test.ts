import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_PARAMS as params } from '../../../shared/market/default-params.ts';
import { sourcedParams } from '../../../shared/market/param-sources.ts';

/**
 * Each value the model calls "sourced" after issue 8's search is the arithmetic of its published figures
 * (docs/market-model.md, "Sources found in issue 8"): the figures are written here as published, so a value
 * that drifts from its source fails.
 */

/** Modified duration of a par bond paying twice a year, yield y (a fraction) and n years. */
function parDuration(y: number, years: number): number {
  return (1 - (1 + y / 2) ** (-2 * years)) / y;
}

describe('values that match their published sources', () => {
  it('a yen intervention is the mean of the MoF days of 2022–24, in dollars', () => {
    // ¥tn on the day and the day's USD/JPY: 22 Sep 2022, 21 Oct 2022, 29 Apr 2024, 1 May 2024. On 29 April 2024
    // the dollar traded between ¥160.2 and below ¥155: at about ¥157.5 the record ¥5.92tn is ≈$37.6bn. Reuters'
    // "$40.83 billion" converts it at about ¥145, a later rate, not the day's.
    const days = [
      [2.8382, 142],
      [5.6202, 149],
      [5.92, 157.5],
      [3.87, 157],
    ] as const;
    const dollarsBn = days.map(([yenTn, rate]) => (yenTn * 1000) / rate);
    expect(dollarsBn[2]).toBeCloseTo(37.6, 1);
    expect((5.92 * 1000) / 145).toBeCloseTo(40.83, 0);
    const mean = dollarsBn.reduce((sum, bn) => sum + bn, 0) / dollarsBn.length;
    expect(Math.abs(params.yenInterventionBn - mean)).toBeLessThan(2);
  });

  it("an intervention's move on USD/JPY lies inside what those days did (2.2–4.6% intraday)", () => {
    const moves = [1 - 154 / 157.5, 1 - 155 / 160.2, 1 - 140.3 / 145.9, 1 - 144.5 / 151.9].map(
      (m) => m * 100,
    );
    expect(params.yenInterventionPct).toBeGreaterThanOrEqual(Math.min(...moves));
    expect(params.yenInterventionPct).toBeLessThanOrEqual(Math.max(...moves));
  });

  it('panic keeps the share of its gap to the baseline that the VIX kept in the week after 17 April 2025', () => {
    const baseline = 21.51; // Cboe close, 2 April 2025
    const kept = (24.85 - baseline) / (29.65 - baseline); // 25 April against 17 April
    expect(params.panicRetentionPerRound).toBeCloseTo(kept, 2);
  });

  it('the corporate spread widens per panic point as investment grade did from 2 to 7 April 2025', () => {
    const spreadBp = 120 - 96; // ICE BofA IG OAS (Reuters, 7 April 2025)
    const vixPoints = 46.98 - 21.51;
    expect(params.corporateSpreadPerPanicPt).toBeCloseTo(spreadBp / vixPoints, 2);
  });

  it('trade is measured from the average effective tariff before 2025 (Yale Budget Lab: 17.8% is 15.4 points up)', () => {
    expect(params.tradeReferenceTariffPct).toBeCloseTo(17.8 - 15.4, 6);
  });

  it('cash earns the effective fed funds rate, inside the FOMC range of spring 2025', () => {
    expect(params.cashRatePct).toBe(4.33);
    expect(params.cashRatePct).toBeGreaterThanOrEqual(4.25);
    expect(params.cashRatePct).toBeLessThanOrEqual(4.5);
  });

  it('the investors’ durations are those of 2y, 7y and 30y par notes at spring-2025 yields', () => {
    expect(params.durationShort).toBeCloseTo(parDuration(0.039, 2), 1);
    expect(params.durationMedium).toBeCloseTo(parDuration(0.041, 7), 1);
    expect(params.durationLong).toBeCloseTo(parDuration(0.0455, 30), 1);
  });

  it('lobbying bites above the 10% baseline duty of 5 April 2025', () => {
    expect(params.lobbyingPressureTariffPct).toBe(10);
  });

  it("approval's partisan floor is Trump's lowest Gallup reading (4–15 January 2021: 34%)", () => {
    expect(params.approvalMin).toBe(34);
  });

  it("a backstop's calm is the mean of the VIX's fall on the days of the 2020 and 2022 announcements", () => {
    // Cboe closes: ECB, 18 → 19 March 2020; Fed, 20 → 23 March 2020; Bank of England, 27 → 28 September 2022.
    const falls = [76.45 - 72.0, 66.04 - 61.59, 32.6 - 30.18];
    const mean = falls.reduce((sum, points) => sum + points, 0) / falls.length;
    expect(params.backstopPanicRelief).toBeCloseTo(mean, 2);
  });

  it("the business's import content lies within the imported content of vehicles sold in the US", () => {
    const partsShareOfValue = 0.75; // Chicago Fed, Midwest Economy blog, 3 May 2019
    const importedParts2006 = 0.25; // Chicago Fed Letter 243, October 2007
    const otherCarmakersForeignParts2018 = 1 - 0.33; // AALA, sales-weighted (American Automotive Policy Council)
    expect(params.businessImportContent).toBeGreaterThanOrEqual(importedParts2006 * partsShareOfValue);
    expect(params.businessImportContent).toBeLessThanOrEqual(
      otherCarmakersForeignParts2018 * partsShareOfValue,
    );
  });

  it("a talked book's note is discounted as underwriters' buy calls were (Michaely and Womack 1999)", () => {
    const takenOffMedians = 1 - 2.2 / 2.8; // 3-day excess returns, underwriter against other brokers
    const takenOffMeans = 1 - 2.7 / 4.4;
    expect(params.researchNoteBookDiscount).toBeGreaterThanOrEqual(takenOffMedians);
    expect(params.researchNoteBookDiscount).toBeLessThanOrEqual(takenOffMeans);
  });

  it('each of them is marked sourced', () => {
    const found = [
      'yenInterventionBn',
      'yenInterventionPct',
      'panicRetentionPerRound',
      'corporateSpreadPerPanicPt',
      'tradeReferenceTariffPct',
      'cashRatePct',
      'durationShort',
      'durationMedium',
      'durationLong',
      'lobbyingPressureTariffPct',
      'approvalMin',
      'backstopPanicRelief',
      'businessImportContent',
      'researchNoteBookDiscount',
    ];
    expect(found.filter((name) => !sourcedParams().includes(name as never))).toEqual([]);
  });
});
