const SPECIAL_LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th' };

/** "Åsa Öberg" → "asa oberg": lower-case ASCII, as admins build mail nicknames from names. */
export function foldToAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[øæœßłđðþ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter);
}

/** "María José", "García-López" → "mariajose.garcia-lopez"; apostrophes and spaces dropped. */
export function localPartFor(given: string, surname: string): string {
  const clean = (part: string) => foldToAscii(part).replace(/[\s'’]/g, '');
  return `${clean(given)}.${clean(surname)}`;
}
