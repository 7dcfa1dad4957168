import { expect } from '@minga/test-utils';
import { checkCedula, checkId, checkPassport, checkRuc, isValidCedula, isValidRuc } from './ids.js';

describe('ids', () => {
  describe('cédula', () => {
    it('accepts the reference number and ignores spaces and hyphens', () => {
      expect(isValidCedula('1714307103')).to.equal(true);
      expect(isValidCedula(' 171430710-3 ')).to.equal(true);
    });

    it('rejects a wrong check digit', () => {
      expect(checkCedula('1714307104')).to.deep.equal({ valid: false, reason: 'check_digit' });
    });

    it('rejects bad length, letters, province and third digit', () => {
      expect(checkCedula('171430710').reason).to.equal('format');
      expect(checkCedula('17143071035').reason).to.equal('format');
      expect(checkCedula('17A4307103').reason).to.equal('format');
      expect(checkCedula('2514307103').reason).to.equal('province');
      expect(checkCedula('0014307103').reason).to.equal('province');
      expect(checkCedula('1764307103').reason).to.equal('third_digit');
    });

    it('accepts province 30 (registered abroad)', () => {
      // 3 0 1 2 3 4 5 6 7 → 6+0+2+2+6+4+1+6+5 = 32 → check digit 8
      expect(isValidCedula('3012345678')).to.equal(true);
      expect(isValidCedula('3012345670')).to.equal(false);
    });
  });

  describe('RUC', () => {
    it('checks the cédula of a natural person and the establishment', () => {
      expect(checkRuc('1714307103001')).to.deep.equal({ valid: true, checkDigitVerified: true });
      expect(checkRuc('1714307104001').reason).to.equal('check_digit');
      expect(checkRuc('1714307103000').reason).to.equal('establishment');
    });

    it('checks only the structure of companies (9) and public entities (6)', () => {
      expect(checkRuc('1792060346001')).to.deep.equal({ valid: true, checkDigitVerified: false });
      // The same company RUC with another check digit: structure only, still accepted.
      expect(isValidRuc('1792060347001')).to.equal(true);
      expect(isValidRuc('1760000000001')).to.equal(true);
      expect(checkRuc('1792060346000').reason).to.equal('establishment');
      expect(checkRuc('9992060346001').reason).to.equal('province');
    });

    it('rejects third digits 7 and 8, and bad lengths', () => {
      expect(checkRuc('1772060346001').reason).to.equal('third_digit');
      expect(checkRuc('1782060346001').reason).to.equal('third_digit');
      expect(checkRuc('1714307103').reason).to.equal('format');
    });
  });

  describe('passport', () => {
    it('accepts 5–20 letters and digits', () => {
      expect(checkPassport('AB123456').valid).to.equal(true);
      expect(checkPassport('ab 12-34').valid).to.equal(true);
      expect(checkPassport('A12').valid).to.equal(false);
      expect(checkPassport('X'.repeat(21)).valid).to.equal(false);
      expect(checkPassport('AB<12>34').valid).to.equal(false);
    });
  });

  it('checkId dispatches on the type', () => {
    expect(checkId('cedula', '1714307103').valid).to.equal(true);
    expect(checkId('ruc', '1714307103').valid).to.equal(false);
    expect(checkId('passport', '1714307103').valid).to.equal(true);
  });
});
