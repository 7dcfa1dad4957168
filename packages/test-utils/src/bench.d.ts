export function record(
  name: string,
  value: number,
  unit: string,
  options?: { target?: number; better?: 'lower' | 'higher' },
): void;
export function done(): void;
export function median(values: number[]): number;
export function time(fn: (run: number) => unknown, runs?: number): Promise<number>;
export function heapUsed(): Promise<number>;
export function trackLongTasks(): () => { longest: number; count: number };
export function nextPaint(): Promise<void>;
