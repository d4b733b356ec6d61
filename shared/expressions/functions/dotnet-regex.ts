import { evalError } from './define';

const cache = new Map<string, RegExp>();

/**
 * Translates a .NET pattern into a JavaScript RegExp: inline `(?i)`/`(?m)`/`(?s)` at the start become
 * flags, `(?'name'…)` becomes `(?<name>…)`, `\A`, `\Z` and `\z` become anchors. Other syntax is
 * shared by both dialects for the patterns provisioning uses. Invalid patterns are evaluation errors.
 */
export function dotnetRegex(pattern: string, fn: string, flags = 'g'): RegExp {
  const key = `${flags}\u0000${pattern}`;
  const cached = cache.get(key);
  if (cached) {
    cached.lastIndex = 0;
    return cached;
  }
  let source = pattern;
  let extra = '';
  const inline = /^\(\?([imsx]+)\)/.exec(source);
  if (inline) {
    for (const f of inline[1]!) if (f !== 'x' && !extra.includes(f)) extra += f;
    source = source.slice(inline[0].length);
  }
  source = source
    .replace(/\(\?'([A-Za-z_][A-Za-z0-9_]*)'/g, '(?<$1>')
    .replace(/(^|[^\\])((?:\\\\)*)\\A/g, '$1$2^')
    .replace(/(^|[^\\])((?:\\\\)*)\\[Zz]/g, '$1$2$');
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags + extra + 'd');
  } catch (error) {
    throw evalError(fn, `invalid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`);
  }
  if (cache.size > 500) cache.clear();
  cache.set(key, regex);
  return regex;
}

/** .NET substitution syntax in a replacement: `${name}`, `$1`, `$0`/`$&`, `` $` ``, `$'`, `$+`, `$_`, `$$`. */
export function expandReplacement(replacement: string, match: RegExpExecArray, input: string): string {
  return replacement.replace(/\$(\{([A-Za-z_][A-Za-z0-9_]*|\d+)\}|(\d+)|[&`'+_$])/g, (whole, _all, braced: string | undefined, numbered: string | undefined) => {
    const name = braced ?? numbered;
    if (name !== undefined) {
      if (/^\d+$/.test(name)) {
        const index = Number(name);
        return index < match.length ? (match[index] ?? '') : whole;
      }
      return match.groups && name in match.groups ? (match.groups[name] ?? '') : whole;
    }
    switch (whole) {
      case '$&':
        return match[0];
      case '$`':
        return input.slice(0, match.index);
      case "$'":
        return input.slice(match.index + match[0].length);
      case '$+':
        return match[match.length - 1] ?? '';
      case '$_':
        return input;
      default:
        return '$';
    }
  });
}
