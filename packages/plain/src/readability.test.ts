import { expect } from '@minga/test-utils';
import { analyze } from './analyze.js';
import {
  fernandezHuerta,
  fernandezHuertaBand,
  infleszBand,
  mu,
  muBand,
  szigrisztPazos,
} from './readability.js';

// The worked examples of the README, counted by hand.
const SHORT = 'El alcalde firmó el contrato. La obra empieza el lunes.';
const LEGAL =
  'En virtud de lo dispuesto en la ley, se procede a dar cumplimiento a la resolución administrativa.';
const PLAIN = 'Según la ley, cumplimos la resolución.';

describe('readability formulas', () => {
  it('reproduce worked example 1 (10 words, 19 syllables, 2 sentences)', () => {
    const a = analyze(SHORT);
    expect([a.words, a.syllables, a.sentences]).to.deep.equal([10, 19, 2]);
    expect(a.scores.fernandezHuerta).to.deep.equal({ score: 87.74, band: 'easy' });
    expect(a.scores.inflesz).to.deep.equal({ score: 83.47, band: 'very-easy' });
    expect(a.scores.mu).to.deep.equal({ score: 97, band: 'very-easy' });
  });

  it('reproduce worked example 2 (17 words, 33 syllables, 1 sentence)', () => {
    const a = analyze(LEGAL);
    expect([a.words, a.syllables, a.sentences]).to.deep.equal([17, 33, 1]);
    expect(a.scores.fernandezHuerta).to.deep.equal({ score: 73.03, band: 'fairly-easy' });
    expect(a.scores.inflesz).to.deep.equal({ score: 68.9, band: 'fairly-easy' });
    expect(a.scores.mu).to.deep.equal({ score: 30.63, band: 'very-hard' });
  });

  it('reproduce worked example 3, the plain rewrite (6 words, 12 syllables)', () => {
    const a = analyze(PLAIN);
    expect([a.words, a.syllables, a.sentences]).to.deep.equal([6, 12, 1]);
    expect(a.scores.fernandezHuerta).to.deep.equal({ score: 80.72, band: 'easy' });
    expect(a.scores.inflesz.score).to.be.closeTo(76.24, 0.011);
    expect(a.scores.inflesz.band).to.equal('fairly-easy');
    expect(a.scores.mu).to.deep.equal({ score: 59.2, band: 'somewhat-hard' });
  });

  it('gives no score to an empty or one-word text', () => {
    const counts = { words: 0, sentences: 0, syllables: 0, lengths: [] };
    expect(fernandezHuerta(counts)).to.equal(null);
    expect(szigrisztPazos(counts)).to.equal(null);
    expect(mu({ ...counts, lengths: [4] })).to.equal(null);
    expect(mu({ ...counts, lengths: [4, 4, 4] })).to.equal(null);
    expect(analyze('').scores.inflesz).to.deep.equal({ score: null, band: null });
  });

  it('places scores in the published bands, limits included', () => {
    expect(infleszBand(40)).to.equal('very-hard');
    expect(infleszBand(40.01)).to.equal('somewhat-hard');
    expect(infleszBand(55)).to.equal('somewhat-hard');
    expect(infleszBand(60)).to.equal('normal');
    expect(infleszBand(65)).to.equal('normal');
    expect(infleszBand(80)).to.equal('fairly-easy');
    expect(infleszBand(80.5)).to.equal('very-easy');
    expect(fernandezHuertaBand(29.9)).to.equal('very-hard');
    expect(fernandezHuertaBand(30)).to.equal('hard');
    expect(fernandezHuertaBand(55)).to.equal('fairly-hard');
    expect(fernandezHuertaBand(65)).to.equal('normal');
    expect(fernandezHuertaBand(75)).to.equal('fairly-easy');
    expect(fernandezHuertaBand(85)).to.equal('easy');
    expect(fernandezHuertaBand(90)).to.equal('very-easy');
    expect(muBand(30)).to.equal('very-hard');
    expect(muBand(45)).to.equal('hard');
    expect(muBand(55)).to.equal('somewhat-hard');
    expect(muBand(65)).to.equal('adequate');
    expect(muBand(75)).to.equal('somewhat-easy');
    expect(muBand(85)).to.equal('easy');
    expect(muBand(91)).to.equal('very-easy');
  });

  it('scores each paragraph on its own', () => {
    const a = analyze(`${SHORT}\n\n${LEGAL}`);
    expect(a.paragraphs).to.have.length(2);
    expect(a.paragraphs[0]!.scores.fernandezHuerta.score).to.equal(87.74);
    expect(a.paragraphs[1]!.scores.fernandezHuerta.score).to.equal(73.03);
    expect(a.paragraphs[1]!.start).to.equal(SHORT.length + 2);
    expect(a.words).to.equal(27);
    expect(a.sentences).to.equal(3);
  });
});
