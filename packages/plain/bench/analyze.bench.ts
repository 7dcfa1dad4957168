// How fast analyze() is on 10,000 words of administrative Spanish: it runs on every keystroke
// in <minga-plain-check>, so the target is 50 ms.
import { done, median, record } from '@minga/test-utils/bench';
import { analyze } from '../src/analyze.js';

const PARAGRAPH = [
  'En virtud de lo dispuesto en el artículo 19 de la LOTAIP, se procede a dar cumplimiento a la solicitud presentada por el peticionario el 3 de octubre de 2026.',
  'La información fue remitida a la Dirección Financiera, que coadyuvará en la realización de la verificación de los pagos.',
  'Considerando lo anterior, no es imposible que el plazo se amplíe diez días hábiles.',
  'El alcalde firmó el contrato. La obra empieza el lunes y termina en marzo.',
].join(' ');
const words = PARAGRAPH.split(/\s+/).length;
const text = Array.from({ length: Math.ceil(10_000 / words) }, () => PARAGRAPH).join('\n\n');
const count = analyze(text).words;

const runs: number[] = [];
let findings = 0;
for (let run = 0; run < 15; run++) {
  const start = performance.now();
  findings = analyze(text).findings.length;
  runs.push(performance.now() - start);
}
record(`analyze() ${count.toLocaleString('en')} words, median of 15`, median(runs), 'ms', {
  target: 50,
});
record('findings in it', findings, 'findings');
done();
