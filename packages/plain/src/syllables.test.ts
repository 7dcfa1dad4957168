import { expect } from '@minga/test-utils';
import { SYLLABIFIED } from '../test/syllabified-words.js';
import { countSyllables, numberToWords, readNumber } from './syllables.js';

/** The word and its syllable count from an entry such as "a-é-re-o" or "2026=5". */
function entry(e: string): [string, number] {
  const [word, count] = e.split('=');
  return count ? [word!, Number(count)] : [e.replace(/-/g, ''), e.split('-').length];
}

describe('countSyllables', () => {
  it('counts at least 98 % of the syllabified word list exactly', () => {
    const words = [...new Set(SYLLABIFIED)];
    const wrong = words
      .map(entry)
      .filter(([w, n]) => countSyllables(w) !== n)
      .map(([w, n]) => `${w}: ${countSyllables(w)} (expected ${n})`);
    const exact = (words.length - wrong.length) / words.length;
    expect(words.length).to.be.greaterThan(300);
    expect(exact, wrong.join(', ')).to.be.at.least(0.98);
  });

  it('joins diphthongs and triphthongs, splits hiatus', () => {
    expect(countSyllables('ciudad')).to.equal(2);
    expect(countSyllables('Uruguay')).to.equal(3);
    expect(countSyllables('aéreo')).to.equal(4);
    expect(countSyllables('país')).to.equal(2);
    expect(countSyllables('leía')).to.equal(3);
  });

  it('treats h, silent u, ü and final y by the rules', () => {
    expect(countSyllables('prohibir')).to.equal(2);
    expect(countSyllables('búho')).to.equal(2);
    expect(countSyllables('cacahuete')).to.equal(4);
    expect(countSyllables('guitarra')).to.equal(3);
    expect(countSyllables('pingüino')).to.equal(3);
    expect(countSyllables('rey')).to.equal(1);
    expect(countSyllables('mayo')).to.equal(2);
  });

  it('is not fooled by case', () => {
    expect(countSyllables('ACCIÓN')).to.equal(countSyllables('acción'));
  });

  it('reads numbers as words', () => {
    expect(numberToWords(0)).to.equal('cero');
    expect(numberToWords(21)).to.equal('veintiuno');
    expect(numberToWords(100)).to.equal('cien');
    expect(numberToWords(101)).to.equal('ciento uno');
    expect(numberToWords(1000)).to.equal('mil');
    expect(numberToWords(2026)).to.equal('dos mil veintiséis');
    expect(numberToWords(21_000)).to.equal('veintiún mil');
    expect(numberToWords(1_500_000)).to.equal('un millón quinientos mil');
    expect(readNumber('10.000')).to.equal('diez mil');
    expect(readNumber('3,5')).to.equal('tres coma cinco');
    expect(countSyllables('2026')).to.equal(5);
    // Long numbers (a RUC, a phone number) are read digit by digit.
    expect(readNumber('1790012345001')).to.match(/^uno siete nueve cero cero/);
    expect(countSyllables('1790012345001')).to.be.greaterThan(13);
    expect(countSyllables('3,14159265358979')).to.be.greaterThan(10);
  });
});
