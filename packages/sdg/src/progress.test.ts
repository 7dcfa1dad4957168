import { expect } from '@minga/test-utils';
import {
  cagr,
  isPercentUnit,
  limitCoefficient,
  measureProgress,
  sameUnit,
  type ProgressInput,
} from './progress.js';

const pts = (...pairs: Array<[number, number]>) => pairs.map(([year, value]) => ({ year, value }));
/** Two points, base 2015, current 2020: growth rate `rate` per year from 100. */
const grow = (rate: number, extra: Partial<ProgressInput> = {}) =>
  measureProgress({
    points: pts([2015, 100], [2020, 100 * Math.pow(1 + rate, 5)]),
    ...extra,
  });

describe('measureProgress', () => {
  it('reproduces the worked example of sdg.md (progress 0.70, moderate)', () => {
    const r = measureProgress({
      points: pts([2016, 50], [2018, 47], [2021, 44]),
      target: 30,
      targetYear: 2030,
      direction: 'lower',
    });
    expect(r.method).to.equal('with_target');
    expect(r.baseYear).to.equal(2016);
    expect(r.baseValue).to.equal(50);
    expect(r.currentYear).to.equal(2021);
    expect(r.observedCagr).to.be.closeTo(-0.0252, 0.0001);
    expect(r.requiredCagr).to.be.closeTo(-0.0358, 0.0001);
    expect(r.ratio).to.be.closeTo(0.7, 0.01);
    expect(r.status).to.equal('moderate_progress');
    expect(r.projectedYear).to.equal(2036);
  });

  it('defaults to lower is better, base 2015 and target year 2030', () => {
    const r = measureProgress({ points: pts([2015, 10], [2020, 12]) });
    expect(r.status).to.equal('deterioration');
    expect(r.baseYear).to.equal(2015);
    expect(cagr(12, 10, 2020, 2015)).to.be.closeTo(r.observedCagr!, 1e-12);
  });

  it('classifies each boundary without a target (higher is better)', () => {
    const h = { direction: 'higher' as const };
    expect(grow(0.01501, h).status).to.equal('substantial_progress');
    expect(grow(0.0149, h).status).to.equal('moderate_progress');
    expect(grow(0.00501, h).status).to.equal('moderate_progress');
    expect(grow(0.0049, h).status).to.equal('limited_progress');
    expect(grow(0, h).status).to.equal('limited_progress');
    expect(grow(-0.0001, h).status).to.equal('deterioration');
    // Lower is better: the same falls are progress.
    expect(grow(-0.02).status).to.equal('substantial_progress');
    expect(grow(0.001).status).to.equal('deterioration');
  });

  it('classifies each boundary with a target', () => {
    // Required: 100 → 200 from 2015 to 2030; the observed rate is a fraction of it.
    const required = Math.pow(2, 1 / 15) - 1;
    const at = (fraction: number) =>
      grow(required * fraction, { direction: 'higher', target: 200, targetYear: 2030 });
    expect(at(0.96).status).to.equal('substantial_progress');
    expect(at(0.95).ratio).to.be.closeTo(0.95, 1e-9);
    expect(at(0.94).status).to.equal('moderate_progress');
    expect(at(0.6001).status).to.equal('moderate_progress');
    expect(at(0.59).status).to.equal('limited_progress');
    expect(at(0).status).to.equal('limited_progress');
    expect(at(-0.1).status).to.equal('deterioration');
  });

  it('says the target is achieved when the current value is at or past it', () => {
    const higher = measureProgress({
      points: pts([2015, 80], [2022, 96]),
      target: 95,
      direction: 'higher',
    });
    expect(higher.status).to.equal('target_achieved');
    expect(higher.projectedYear).to.equal(undefined);
    const lower = measureProgress({ points: pts([2015, 40], [2022, 30]), target: 30 });
    expect(lower.status).to.equal('target_achieved');
  });

  it('scales the thresholds down near a natural limit, as the reference (without a target)', () => {
    // Far from the limit (base ≥ 2 × limit, or both zero): unchanged.
    expect(limitCoefficient(40, 10)).to.equal(1);
    expect(limitCoefficient(0, 0)).to.equal(1);
    // At the limit: 0; below it: 1 − (b/l)^4.44; between l and 2l: mirrored.
    expect(limitCoefficient(100, 100)).to.equal(0);
    expect(limitCoefficient(90, 100)).to.be.closeTo(1 - Math.pow(0.9, 4.44), 1e-12);
    expect(limitCoefficient(110, 100)).to.be.closeTo(1 - Math.pow(0.9, 4.44), 1e-12);
    expect(limitCoefficient(-90, -100)).to.be.closeTo(limitCoefficient(90, 100), 1e-12);
    // 95 → 96 % in 5 years: +0.21 %/yr, "limited" without a limit…
    const points = pts([2015, 95], [2020, 96]);
    const plain = measureProgress({ points, direction: 'higher' });
    expect(plain.status).to.equal('limited_progress');
    expect(plain.thresholdCoefficient).to.equal(undefined);
    // …but near 100 % the thresholds shrink (× 0.204): 0.0021 ≥ 0.005 × 0.204 → moderate.
    const near = measureProgress({ points, direction: 'higher', limit: 100 });
    expect(near.thresholdCoefficient).to.be.closeTo(0.2036, 0.001);
    expect(near.status).to.equal('moderate_progress');
    // Reaching the limit is not "target achieved" by itself (the reference has no such rule).
    const kept = measureProgress({
      points: pts([2015, 100], [2020, 100]),
      direction: 'higher',
      limit: 100,
    });
    expect(kept.thresholdCoefficient).to.equal(0);
    expect(kept.status).to.equal('substantial_progress');
    // Going the wrong way is still deterioration.
    const worse = measureProgress({
      points: pts([2015, 96], [2020, 95]),
      direction: 'higher',
      limit: 100,
    });
    expect(worse.status).to.equal('deterioration');
    // With a target the limit is ignored.
    const withTarget = measureProgress({ points, direction: 'higher', target: 99, limit: 100 });
    expect(withTarget.thresholdCoefficient).to.equal(undefined);
    expect(withTarget.status).to.equal(
      measureProgress({ points, direction: 'higher', target: 99 }).status,
    );
  });

  it('handles negative values (sign) and zeros (0.001)', () => {
    // −10 → −5, higher is better: the value grows, progress is positive.
    const neg = measureProgress({ points: pts([2015, -10], [2020, -5]), direction: 'higher' });
    expect(neg.observedCagr).to.be.lessThan(0);
    expect(neg.status).to.equal('substantial_progress');
    const zeroBase = measureProgress({ points: pts([2015, 0], [2020, 5]), direction: 'higher' });
    expect(zeroBase.status).to.equal('substantial_progress');
    expect(Number.isFinite(zeroBase.observedCagr!)).to.equal(true);
    const zeroTarget = measureProgress({ points: pts([2015, 10], [2020, 5]), target: 0 });
    expect(Number.isFinite(zeroTarget.requiredCagr!)).to.equal(true);
    expect(zeroTarget.status).to.not.equal('not_available');
  });

  it('is not available without enough data', () => {
    expect(measureProgress({ points: [] }).reason).to.equal('no-data');
    const single = measureProgress({ points: pts([2020, 5]) });
    expect(single.status).to.equal('not_available');
    expect(single.reason).to.equal('single-year');
    expect(measureProgress({ points: pts([2015, 5], [2015, 6]) }).reason).to.equal(
      'duplicate-years',
    );
    expect(measureProgress({ points: pts([2015, -5], [2020, 6]) }).reason).to.equal(
      'opposite-signs',
    );
    expect(measureProgress({ points: pts([2015, 5], [2020, 6]), baseYear: 2022 }).reason).to.equal(
      'base-after-latest',
    );
    expect(measureProgress({ points: pts([2010, 5], [2020, 6]), baseYear: 2020 }).reason).to.equal(
      'single-year',
    );
  });

  it('uses the next year with data as base and the latest as current, across gaps', () => {
    const r = measureProgress({
      points: pts([2012, 1], [2017, 50], [2019, Number.NaN], [2023, 60], [2020, 55]),
      direction: 'higher',
    });
    expect(r.baseYear).to.equal(2017);
    expect(r.currentYear).to.equal(2023);
    expect(r.observedCagr).to.be.closeTo(cagr(60, 50, 2023, 2017), 1e-12);
  });

  it('lets a manual override win, keeping the numbers', () => {
    const r = measureProgress({
      points: pts([2015, 10], [2020, 12]),
      override: 'moderate_progress',
    });
    expect(r.status).to.equal('moderate_progress');
    expect(r.method).to.equal('override');
    expect(r.observedCagr).to.be.greaterThan(0);
    const na = measureProgress({ points: [], override: 'limited_progress' });
    expect(na.status).to.equal('limited_progress');
  });
});

describe('sameUnit', () => {
  it('matches the same name (case and spaces aside) and any two names of a percentage', () => {
    expect(sameUnit('Personas', ' personas ')).to.equal(true);
    expect(sameUnit('%', 'Porcentaje')).to.equal(true);
    expect(sameUnit('Percent', '%')).to.equal(true);
    expect(sameUnit('%', 'Personas')).to.equal(false);
    expect(sameUnit('Hogares', 'Personas')).to.equal(false);
    expect(isPercentUnit(undefined)).to.equal(false);
    expect(isPercentUnit('Porcentaje de hogares')).to.equal(true);
  });
});
