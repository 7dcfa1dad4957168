// How fast the cached formatters are: a table formats every visible cell on each render.
import { done, record, time } from '@minga/test-utils/bench';
import { formatDate, formatMoney, formatNumber } from '../src/index.js';

const values = Array.from({ length: 100_000 }, (_, i) => (i * 7919.37) % 1_000_000);
const dates = values.map((v) => new Date(Date.UTC(2020, 0, 1) + v * 1000));

record(
  'formatMoney ×100,000 (es-EC)',
  await time(() => values.forEach((v) => formatMoney(v, 'es'))),
  'ms',
);
record(
  'formatNumber ×100,000 (es-EC)',
  await time(() => values.forEach((v) => formatNumber(v, 'es'))),
  'ms',
);
record(
  'formatDate ×100,000 (dateOnly)',
  await time(() => dates.forEach((d) => formatDate(d, 'es', { dateOnly: true }))),
  'ms',
);
done();
