import { toLowerDotNet, toUpperDotNet } from './casing';

/** .NET TextInfo word separators: separators, controls, format, punctuation and symbols. */
const SEPARATOR = /[\p{Zs}\p{Zl}\p{Zp}\p{Cc}\p{Cf}\p{Pc}\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Po}\p{Sm}\p{Sc}\p{Sk}\p{So}]/u;
const LETTER = /\p{L}/u;

/**
 * PCase. Without separators it reproduces .NET `ToTitleCase` on lower-cased input: a word starts at
 * a letter; letters, digits and marks continue it; an apostrophe inside a word does not split it
 * (`O'NEIL` → `O'neil`), and a digit before a letter is not part of a word (`3RD` → `3Rd`).
 * With separators, only those characters split words (decision §11.15).
 */
export function properCase(input: string, separators: string | undefined): string {
  const chars = Array.from(toLowerDotNet(input, ''));
  if (separators !== undefined && separators !== '') {
    let atStart = true;
    return chars
      .map((ch) => {
        const out = atStart ? toUpperDotNet(ch, '') : ch;
        atStart = separators.includes(ch);
        return out;
      })
      .join('');
  }
  let out = '';
  let inWord = false;
  for (const ch of chars) {
    if (inWord) {
      if (SEPARATOR.test(ch) && ch !== "'") inWord = false;
      out += ch;
    } else if (LETTER.test(ch)) {
      out += toUpperDotNet(ch, '');
      inWord = true;
    } else out += ch;
  }
  return out;
}
