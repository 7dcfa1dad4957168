/**
 * The Open SDG progress measure (Open SDG `docs/progress.md`, reference implementation
 * sdg-build `ProgressMeasure.py`, after Statistics Canada's method). Pure: no DOM, runs in a
 * worker, in Node and in tests.
 *
 * - CAGR(v1, v0, t1, t0) = (v1 / v0)^(1 / (t1 - t0)) - 1.
 * - Without a target: progress = sign × direction × CAGR(current, base);
 *   ≥ 0.015 substantial, ≥ 0.005 moderate, ≥ 0 limited, < 0 deterioration.
 * - With a target: progress = sign × direction × CAGR(current, base) / |CAGR(target, base)|
 *   (the required rate from the base year to the target year);
 *   ≥ 0.95 substantial, ≥ 0.6 moderate, ≥ 0 limited, < 0 deterioration.
 * - `target_achieved` when the current value is at or past the target.
 * - Not available: no data, fewer than two years, base year after the latest year, base and
 *   current values of opposite signs, duplicate years.
 *
 * `direction` defaults to `'lower'` (lower is better), as in the reference implementation,
 * where anything but `positive` counts as lower is better. Say `'higher'` for indicators
 * such as access to drinking water.
 */

/** Progress statuses, from worst to best (plus not available). */
export type ProgressStatus =
  | 'not_available'
  | 'deterioration'
  | 'limited_progress'
  | 'moderate_progress'
  | 'substantial_progress'
  | 'target_achieved';

/** Every status, in display order (best first, not available last). */
export const PROGRESS_STATUSES: readonly ProgressStatus[] = [
  'target_achieved',
  'substantial_progress',
  'moderate_progress',
  'limited_progress',
  'deterioration',
  'not_available',
];

/** Why a status could not be computed. */
export type NotAvailableReason =
  'no-data' | 'single-year' | 'base-after-latest' | 'opposite-signs' | 'duplicate-years';

/** Which way is better. */
export type ProgressDirection = 'higher' | 'lower';

/** Inputs of {@link measureProgress}. */
export interface ProgressInput {
  /** Observations (any order; non-finite values are left out). */
  points: ReadonlyArray<{ year: number; value: number }>;
  /** Base year (default 2015; when it has no data, the next year that has). */
  baseYear?: number;
  /** Target value (optional: without it, the method without target is used). */
  target?: number;
  /** Target year (default 2030). */
  targetYear?: number;
  /** `'higher'` (higher is better) or `'lower'` (default, as in the reference). */
  direction?: ProgressDirection;
  /**
   * A natural limit (100 % of households, 0 deaths), for the method without a target: the
   * nearer the base value is to it, the smaller the thresholds (see
   * {@link limitCoefficient}). Ignored when there is a target, as in the reference.
   */
  limit?: number;
  /** A status set by hand; wins over the computation (the numbers are still given). */
  override?: ProgressStatus;
}

/** Result of {@link measureProgress}. */
export interface ProgressResult {
  status: ProgressStatus;
  method: 'without_target' | 'with_target' | 'override';
  baseYear?: number;
  baseValue?: number;
  currentYear?: number;
  currentValue?: number;
  /** Observed compound annual growth rate, base to current (−0.0252 = −2.52 %/yr). */
  observedCagr?: number;
  /** Required rate, base to target year (with a target). */
  requiredCagr?: number;
  /** The progress value compared with the thresholds. */
  ratio?: number;
  /** Why the status is not available. */
  reason?: NotAvailableReason;
  /** When the target would be reached at the current pace (with a target, not yet met). */
  projectedYear?: number;
  /** The factor the thresholds were multiplied by (without a target, with a `limit`). */
  thresholdCoefficient?: number;
}

/** Exponent of the reference's reduction curve near a natural limit. */
const LIMIT_EXPONENT = 4.44;

/**
 * How much the thresholds of the method without a target shrink near a natural limit, as
 * in sdg-build's `ProgressMeasure.py`: with b = |base value| and l = |limit|, 1 when
 * b ≥ 2l (far from the limit, or both zero), 1 − (b / l)^4.44 when b ≤ l, and
 * 1 − ((2l − b) / l)^4.44 between l and 2l. At the limit it is 0: keeping the limit (a
 * progress value ≥ 0) then counts as substantial progress.
 */
export function limitCoefficient(baseValue: number, limit: number): number {
  const b = Math.abs(baseValue);
  const l = Math.abs(limit);
  if (b >= 2 * l) return 1;
  if (b <= l) return 1 - Math.pow(b / l, LIMIT_EXPONENT);
  return 1 - Math.pow((2 * l - b) / l, LIMIT_EXPONENT);
}

/** Thresholds of the method without a target. */
const PERCENT = /^%$|porcentaje|percent/i;

/** Whether a unit is a percentage ("%", "Porcentaje", "Percent"). */
export function isPercentUnit(unit: string | undefined): boolean {
  return !!unit && PERCENT.test(unit.trim());
}

/**
 * Whether two unit names mean the same unit: the same words (case aside), or both a percentage.
 * A target set in one unit must not be compared with values in another.
 */
export function sameUnit(a: string, b: string): boolean {
  return (
    a.trim().toLowerCase() === b.trim().toLowerCase() || (isPercentUnit(a) && isPercentUnit(b))
  );
}

export const THRESHOLDS_WITHOUT_TARGET = { substantial: 0.015, moderate: 0.005, limited: 0 };
/** Thresholds of the method with a target. */
export const THRESHOLDS_WITH_TARGET = { substantial: 0.95, moderate: 0.6, limited: 0 };

/** Compound annual growth rate from (t0, v0) to (t1, v1). */
export function cagr(v1: number, v0: number, t1: number, t0: number): number {
  return Math.pow(v1 / v0, 1 / (t1 - t0)) - 1;
}

const nonZero = (v: number) => (v === 0 ? 0.001 : v);

function classify(value: number, t: { substantial: number; moderate: number; limited: number }) {
  if (value >= t.substantial) return 'substantial_progress';
  if (value >= t.moderate) return 'moderate_progress';
  if (value >= t.limited) return 'limited_progress';
  return 'deterioration';
}

/** Computes the progress status of one series. */
export function measureProgress(input: ProgressInput): ProgressResult {
  const direction = input.direction ?? 'lower';
  const targetYear = input.targetYear ?? 2030;
  const wanted = input.baseYear ?? 2015;
  const points = input.points
    .filter((p) => Number.isFinite(p.value) && Number.isFinite(p.year))
    .slice()
    .sort((a, b) => a.year - b.year);
  const method = input.target === undefined ? 'without_target' : 'with_target';
  const done = (result: ProgressResult): ProgressResult =>
    input.override ? { ...result, status: input.override, method: 'override' } : result;
  const na = (reason: NotAvailableReason, extra: Partial<ProgressResult> = {}) =>
    done({ status: 'not_available', method, reason, ...extra });

  if (points.length === 0) return na('no-data');
  for (let i = 1; i < points.length; i++)
    if (points[i]!.year === points[i - 1]!.year) return na('duplicate-years');
  if (points.length < 2) return na('single-year');
  const current = points.at(-1)!;
  const base = points.find((p) => p.year >= wanted);
  if (!base || base.year >= current.year)
    return na(base && base.year === current.year ? 'single-year' : 'base-after-latest', {
      currentYear: current.year,
      currentValue: current.value,
    });
  const facts = {
    baseYear: base.year,
    baseValue: base.value,
    currentYear: current.year,
    currentValue: current.value,
  };
  if (base.value * current.value < 0) return na('opposite-signs', facts);

  const better = direction === 'higher' ? 1 : -1;
  const sign = base.value < 0 ? -1 : 1;
  const v0 = nonZero(base.value);
  const v1 = nonZero(current.value);
  const observedCagr = cagr(v1, v0, current.year, base.year);
  const reached = (goal: number) =>
    direction === 'higher' ? current.value >= goal : current.value <= goal;

  if (input.target === undefined) {
    const ratio = sign * better * observedCagr;
    if (input.limit === undefined)
      return done({
        status: classify(ratio, THRESHOLDS_WITHOUT_TARGET),
        method,
        ...facts,
        observedCagr,
        ratio,
      });
    // The reference uses the base value as read (a zero base stays zero here).
    const coefficient = limitCoefficient(base.value, input.limit);
    const t = THRESHOLDS_WITHOUT_TARGET;
    const status = classify(ratio, {
      substantial: t.substantial * coefficient,
      moderate: t.moderate * coefficient,
      limited: t.limited * coefficient,
    });
    return done({
      status,
      method,
      ...facts,
      observedCagr,
      ratio,
      thresholdCoefficient: coefficient,
    });
  }

  const target = nonZero(input.target);
  const requiredCagr = cagr(target, v0, targetYear, base.year);
  const ratio = (sign * better * observedCagr) / Math.abs(requiredCagr);
  if (reached(input.target))
    return done({ status: 'target_achieved', method, ...facts, observedCagr, requiredCagr, ratio });
  const result: ProgressResult = {
    status: classify(ratio, THRESHOLDS_WITH_TARGET),
    method,
    ...facts,
    observedCagr,
    requiredCagr,
    ratio,
  };
  // At the observed pace, when would the target be reached? Only when moving towards it.
  if (ratio > 0 && target / v1 > 0 && observedCagr !== 0) {
    const years = Math.log(target / v1) / Math.log(1 + observedCagr);
    if (Number.isFinite(years) && years > 0 && years < 500)
      result.projectedYear = current.year + Math.ceil(years);
  }
  return done(result);
}
