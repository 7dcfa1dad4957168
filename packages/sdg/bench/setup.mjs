// Fixtures and figures the sdg bench needs, made before the page runs (never committed):
// - indicator-5000.csv: a fictional Open SDG indicator of 5,000 rows, Year × Sex × Age × Area
//   (three disaggregation dimensions), every combination and its totals;
// - size.json: the gzipped size of the package's elements, Lit and @minga/* left out
//   (js-yaml is loaded on demand, only for YAML metadata, and left out too).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleSize } from '../../../scripts/bundle-size.mjs';

export function indicatorCsv(targetRows) {
  const sexes = ['', 'Mujeres', 'Hombres'];
  const ages = ['', '0 a 14 años', '15 a 29 años', '30 a 64 años', '65 años y más'];
  const areas = ['', 'Urbana', 'Rural', 'Periurbana'];
  const lines = ['Year,Sex,Age,Area,Value'];
  let seed = 11;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  let year = 1950;
  while (lines.length - 1 < targetRows) {
    for (const sex of sexes)
      for (const age of ages)
        for (const area of areas) {
          if (lines.length - 1 >= targetRows) break;
          const v = 40 + (year - 1950) * 0.5 + rand() * 5 - (area === 'Rural' ? 12 : 0);
          lines.push([year, sex, age, area, v.toFixed(1)].join(','));
        }
    year++;
  }
  return `${lines.join('\n')}\n`;
}

export async function setup(outDir) {
  writeFileSync(`${outDir}/indicator-5000.csv`, indicatorCsv(5000));
  const entry = fileURLToPath(new URL('../src/define.ts', import.meta.url));
  writeFileSync(
    `${outDir}/size.json`,
    JSON.stringify(await bundleSize(entry, [/^lit/, /^@lit\//, /^@minga\//, /^js-yaml/])),
  );
}
