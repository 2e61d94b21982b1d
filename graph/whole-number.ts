// What a whole number looks like wherever one is typed (URL parameters, the one-line query): decimal digits.

/** Decimal digits with an optional minus (years may be negative): no hex, exponents, signs or spaces. */
export const WHOLE_NUMBER = /^-?[0-9]{1,15}$/;

/** The number `text` spells in decimal digits, or null. */
export function parseWholeNumber(text: string): number | null {
  return WHOLE_NUMBER.test(text) ? Number(text) : null;
}
