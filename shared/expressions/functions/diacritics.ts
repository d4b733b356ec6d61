import { DIACRITICS_TABLE } from './diacritics-table';

interface Trie {
  next: Map<string, Trie>;
  output?: string;
}

const root: Trie = { next: new Map() };
for (const [output, sequences] of DIACRITICS_TABLE) {
  for (const sequence of new Set(sequences.flatMap((s) => [s, s.normalize('NFC')]))) {
    let node = root;
    for (const ch of sequence) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    node.output = output;
  }
}

/**
 * Table-exact NormalizeDiacritics (decision §11.14): the input is NFC-normalised first so a
 * decomposed `e` + U+0301 matches the table's `é`; the longest table sequence wins; characters
 * the table does not list (Đ, Œ, ð, þ …) are left unchanged.
 */
export function normalizeDiacritics(input: string): string {
  const chars = Array.from(input.normalize('NFC'));
  let out = '';
  for (let i = 0; i < chars.length; ) {
    let node: Trie | undefined = root;
    let matchLength = 0;
    let match: string | undefined;
    for (let j = i; j < chars.length; j++) {
      node = node.next.get(chars[j]!);
      if (!node) break;
      if (node.output !== undefined) {
        matchLength = j - i + 1;
        match = node.output;
      }
    }
    if (match !== undefined) {
      out += match;
      i += matchLength;
    } else {
      out += chars[i];
      i++;
    }
  }
  return out;
}
