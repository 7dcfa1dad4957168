import { expect } from '@minga/test-utils';
import { paragraphsIn, sentencesIn, wordsIn } from './text.js';

describe('text splitting', () => {
  it('finds words with their ranges, numbers as one word', () => {
    const text = '¿Pagó 10.000 dólares el 3,5 %?';
    const words = wordsIn(text);
    expect(words.map((w) => w.text)).to.deep.equal(['Pagó', '10.000', 'dólares', 'el', '3,5']);
    expect(text.slice(words[1]!.start, words[1]!.end)).to.equal('10.000');
  });

  it('does not end a sentence at an abbreviation, an initial or a decimal point', () => {
    const s = sentencesIn('El Dr. J. Pérez firmó el art. 5 a las 3.30. Luego se fue.');
    expect(s).to.have.length(2);
    expect(s[1]!.words.map((w) => w.text)).to.deep.equal(['Luego', 'se', 'fue']);
  });

  it('ends sentences at ! ? … and at line breaks', () => {
    expect(sentencesIn('¡Hola! ¿Cómo está? Bien… Gracias\nAdiós')).to.have.length(5);
  });

  it('splits paragraphs at blank lines and measures them in lines', () => {
    const long = 'palabra '.repeat(60).trim();
    const p = paragraphsIn(`Uno.\n\n  \n${long}`, 80);
    expect(p).to.have.length(2);
    expect(p[0]!.lines).to.equal(1);
    expect(p[1]!.lines).to.equal(6);
  });
});
