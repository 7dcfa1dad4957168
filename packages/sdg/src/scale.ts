/**
 * The two scales the indicator chart needs (linear with "nice" ticks, and band), after
 * d3-scale's algorithms, and a polyline path (d3-shape's `line()` with its default linear
 * curve), in a few hundred bytes: d3-scale with its interpolators, colour parser and number
 * formats, plus d3-shape with d3-path, measured 15 KB gzipped, which would break the
 * package's 20 KB budget; the chart formats its own labels with `Intl`.
 */

/** A round step that gives about `count` ticks over [start, stop] (1, 2 or 5 × 10ⁿ). */
export function tickStep(start: number, stop: number, count: number): number {
  const raw = Math.abs(stop - start) / Math.max(1, count);
  let step = Math.pow(10, Math.floor(Math.log10(raw || 1)));
  const error = raw / step;
  if (error >= Math.sqrt(50)) step *= 10;
  else if (error >= Math.sqrt(10)) step *= 5;
  else if (error >= Math.sqrt(2)) step *= 2;
  return step;
}

/** A linear scale. */
export interface LinearScale {
  (value: number): number;
  domain: [number, number];
  /** Round ticks within the domain. */
  ticks(count?: number): number[];
}

/**
 * A linear scale from `domain` to `range`; with `nice`, the domain is widened to round
 * numbers first (as d3's `.nice()`).
 */
export function scaleLinear(
  domain: [number, number],
  range: [number, number],
  nice = false,
): LinearScale {
  let [d0, d1] = domain;
  if (d1 === d0) d1 = d0 + 1;
  if (nice) {
    const step = tickStep(d0, d1, 5);
    d0 = Math.floor(d0 / step) * step;
    d1 = Math.ceil(d1 / step) * step;
  }
  const [r0, r1] = range;
  const scale = ((v: number) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0)) as LinearScale;
  scale.domain = [d0, d1];
  scale.ticks = (count = 5) => {
    const step = tickStep(d0, d1, count);
    const out: number[] = [];
    for (let i = Math.ceil(d0 / step); i * step <= d1 + step * 1e-9; i++)
      out.push(Math.round(i * step * 1e9) / 1e9);
    return out;
  };
  return scale;
}

/** A band scale: `scale(value)` is the band's start, `bandwidth` its width. */
export interface BandScale<T> {
  (value: T): number;
  bandwidth: number;
}

/** Bands for `domain` over `range`, inner and outer padding as a share of the step. */
export function scaleBand<T>(
  domain: readonly T[],
  range: [number, number],
  padding = 0.2,
): BandScale<T> {
  const [r0, r1] = range;
  const n = domain.length;
  const step = (r1 - r0) / Math.max(1, n - padding + padding * 2);
  const start = r0 + (r1 - r0 - step * (n - padding)) / 2;
  const scale = ((v: T) => start + step * Math.max(0, domain.indexOf(v))) as BandScale<T>;
  scale.bandwidth = step * (1 - padding);
  return scale;
}

/** An SVG path through the points, straight segments (`M x,y L x,y …`); `''` for none. */
export function linePath(points: ReadonlyArray<readonly [number, number]>): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${+x.toFixed(2)},${+y.toFixed(2)}`).join('');
}
