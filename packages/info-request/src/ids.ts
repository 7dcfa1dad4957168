/**
 * Ecuadorian identity numbers: cédula, RUC and passport. DOM-free (runs in Node too).
 *
 * - Cédula: 10 digits, province 01–24 or 30 (registered abroad), third digit 0–5, modulo-10
 *   check digit (coefficients 2,1,2,1,2,1,2,1,2).
 * - RUC: 13 digits. Third digit 0–5 (natural person): the first ten digits are a valid
 *   cédula and the establishment suffix is not `000`. Third digit 6 (public entity) or 9
 *   (private company): structure only (province, suffix), because many valid RUCs of
 *   companies and public entities fail the old modulo-11 check (python-stdnum issues 290,
 *   457, 497).
 * - Passport: 5–20 letters and digits, no checksum.
 */

/** The kinds of identity document the form accepts. */
export type IdType = 'cedula' | 'ruc' | 'passport';

/** Every accepted ID type, in the order the form shows them. */
export const ID_TYPES: readonly IdType[] = ['cedula', 'ruc', 'passport'];

/** Why an ID number is not valid. */
export type IdErrorCode = 'format' | 'province' | 'third_digit' | 'check_digit' | 'establishment';

/** The outcome of checking an ID number. */
export interface IdCheck {
  /** Whether the number is acceptable. */
  valid: boolean;
  /** Why it is not (when `valid` is false). */
  reason?: IdErrorCode;
  /**
   * Whether a check digit was verified: `false` for RUCs of public entities and companies,
   * which are checked for structure only.
   */
  checkDigitVerified?: boolean;
}

/** Removes the spaces, dots and hyphens people type inside ID numbers, and upper-cases. */
export function normalizeId(value: string): string {
  return value.replace(/[\s.\-_/]/g, '').toUpperCase();
}

function validProvince(digits: string): boolean {
  const province = Number(digits.slice(0, 2));
  return (province >= 1 && province <= 24) || province === 30;
}

/** Checks a cédula (10 digits). Spaces and hyphens are ignored. */
export function checkCedula(value: string): IdCheck {
  const digits = normalizeId(value);
  if (!/^\d{10}$/.test(digits)) return { valid: false, reason: 'format' };
  if (!validProvince(digits)) return { valid: false, reason: 'province' };
  if (Number(digits[2]) > 5) return { valid: false, reason: 'third_digit' };
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let product = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (product > 9) product -= 9;
    sum += product;
  }
  const check = (10 - (sum % 10)) % 10;
  if (check !== Number(digits[9])) return { valid: false, reason: 'check_digit' };
  return { valid: true, checkDigitVerified: true };
}

/** Whether `value` is a valid cédula. */
export function isValidCedula(value: string): boolean {
  return checkCedula(value).valid;
}

/** Checks a RUC (13 digits). Spaces and hyphens are ignored. */
export function checkRuc(value: string): IdCheck {
  const digits = normalizeId(value);
  if (!/^\d{13}$/.test(digits)) return { valid: false, reason: 'format' };
  if (!validProvince(digits)) return { valid: false, reason: 'province' };
  const third = Number(digits[2]);
  if (third <= 5) {
    const cedula = checkCedula(digits.slice(0, 10));
    if (!cedula.valid) return cedula;
    if (digits.slice(10) === '000') return { valid: false, reason: 'establishment' };
    return { valid: true, checkDigitVerified: true };
  }
  if (third === 6 || third === 9) {
    // Structure only: public entities (6) and companies (9) no longer get a check digit.
    if (digits.slice(10) === '000') return { valid: false, reason: 'establishment' };
    return { valid: true, checkDigitVerified: false };
  }
  return { valid: false, reason: 'third_digit' };
}

/** Whether `value` is a valid RUC. */
export function isValidRuc(value: string): boolean {
  return checkRuc(value).valid;
}

/** Checks a passport number: 5 to 20 letters and digits (spaces and hyphens ignored). */
export function checkPassport(value: string): IdCheck {
  const text = normalizeId(value);
  return /^[A-Z0-9]{5,20}$/.test(text) ? { valid: true } : { valid: false, reason: 'format' };
}

/** Checks an ID number of the given type. */
export function checkId(type: IdType, value: string): IdCheck {
  if (type === 'cedula') return checkCedula(value);
  if (type === 'ruc') return checkRuc(value);
  return checkPassport(value);
}
