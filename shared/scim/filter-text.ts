/**
 * Rewrites a SCIM filter into the form scim2-parse-filter understands correctly:
 * - `emails[type eq "work"].value eq "x"` becomes `emails[(type eq "work") and value eq "x"]` (the
 *   library would otherwise split it into two unrelated conditions on any email);
 * An unquoted word as a comparison value (`userName eq kwame`) is left as it is, so the parser refuses
 * it: RFC 7644 §3.4.2.2 values are JSON literals, and a 200 for a filter a client got wrong hides its bug.
 * Returns null when the text is not even tokenizable; the parser then reports the error.
 */

type Token = { kind: 'quoted' | 'open' | 'close' | 'word'; text: string };

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (j >= text.length) return null;
      tokens.push({ kind: 'quoted', text: text.slice(i, j + 1) });
      i = j + 1;
    } else if (c === '(' || c === '[') {
      tokens.push({ kind: 'open', text: c });
      i++;
    } else if (c === ')' || c === ']') {
      tokens.push({ kind: 'close', text: c });
      i++;
    } else {
      let j = i;
      while (j < text.length && !/[\s()[\]"]/.test(text[j] as string)) j++;
      tokens.push({ kind: 'word', text: text.slice(i, j) });
      i = j;
    }
  }
  return tokens;
}

/** Moves `].sub op value` inside the bracket. */
function inlineValuePathSubAttributes(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (t.kind === 'close' && t.text === ']' && next?.kind === 'word' && next.text.startsWith('.') && next.text.length > 1) {
      // find the matching '[' in out and wrap its content in parentheses
      let depth = 0;
      let openAt = -1;
      for (let k = out.length - 1; k >= 0; k--) {
        const o = out[k] as Token;
        if (o.kind === 'close') depth++;
        if (o.kind === 'open') {
          if (depth === 0) {
            openAt = k;
            break;
          }
          depth--;
        }
      }
      if (openAt === -1) return tokens;
      out.splice(openAt + 1, 0, { kind: 'open', text: '(' });
      out.push({ kind: 'close', text: ')' }, { kind: 'word', text: 'and' }, { kind: 'word', text: next.text.slice(1) });
      const op = tokens[i + 2];
      if (op) out.push(op);
      let consumed = 2;
      if (op && op.kind === 'word' && op.text.toLowerCase() !== 'pr' && tokens[i + 3]) {
        out.push(tokens[i + 3] as Token);
        consumed = 3;
      }
      out.push(t);
      i += consumed;
      continue;
    }
    out.push(t);
  }
  return out;
}

export function normalizeFilterText(text: string): string | null {
  const tokens = tokenize(text);
  if (!tokens) return null;
  // Joined token by token so that text inside quoted strings is never touched.
  let out = '';
  let previous: Token | undefined;
  for (const t of inlineValuePathSubAttributes(tokens)) {
    const glued =
      previous === undefined ||
      (previous.kind === 'open' && previous.text === '[') ||
      (t.kind === 'close' && t.text === ']') ||
      (t.kind === 'open' && t.text === '[' && previous.kind === 'word');
    out += (glued ? '' : ' ') + t.text;
    previous = t;
  }
  return out;
}
