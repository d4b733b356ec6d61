import { describe, expect, it } from 'vitest';
import { errorOf, run } from './helpers';

describe('text functions', () => {
  it('Append joins source and suffix, per value for multi-valued input, null source stays null', () => {
    expect(run('Append([a], "@x")', { a: 'u' })).toBe('u@x');
    expect(run('Append([a], "@x")', { a: ['u', 'v'] })).toEqual(['u@x', 'v@x']);
    expect(run('Append([a], "@x")')).toBeNull();
    expect(run('Append("a", [missing])')).toBe('a');
  });
  it('Prepend (undocumented) puts the prefix first', () => {
    expect(run('Prepend("x-", [a])', { a: 'y' })).toBe('x-y');
  });
  it('Join skips null and empty sources and flattens multi-valued ones', () => {
    expect(run('Join(", ", "", [surname], [givenName])', { surname: 'Doe', givenName: 'John' })).toBe('Doe, John');
    expect(run('Join("-", [a], [b], [c])', { a: 'x', c: ['y', 'z'] })).toBe('x-y-z');
    expect(run('Join("-", [a], [b])')).toBeNull();
    expect(run('Join("-", "", "")')).toBe('');
    expect(run('Join("", 1000, "42")')).toBe('100042');
  });
  it('Left: 0 → "", negative → whole, null → "", longer than the text → whole', () => {
    expect(run('Left("John Doe", 3)')).toBe('Joh');
    expect(run('Left("John Doe", 0)')).toBe('');
    expect(run('Left("John Doe", -1)')).toBe('John Doe');
    expect(run('Left([x], 2)')).toBe('');
    expect(run('Left("Jo", 5)')).toBe('Jo');
    expect(errorOf('Left("Jo", "x")')).toMatch(/Left: NumChars must be an integer/);
  });
  it('Mid is 1-based, returns the rest past the end and "" beyond it', () => {
    expect(run('Mid("John", 2, 2)')).toBe('oh');
    expect(run('Mid("John", 3, 10)')).toBe('hn');
    expect(run('Mid("John", 10, 2)')).toBe('');
    expect(run('Mid([x], 1, 2)')).toBeNull();
    expect(errorOf('Mid("John", 0, 2)')).toMatch(/start must be 1 or more/);
  });
  it('Word counts runs of delimiters as one and gives "" out of range', () => {
    expect(run('Word("The quick brown fox", 3, " ")')).toBe('brown');
    expect(run('Word("a  b", 2, " ")')).toBe('b');
    expect(run('Word("This,string!has&many separators", 3, ",!&#")')).toBe('has');
    expect(run('Word("The quick", 0, " ")')).toBe('');
    expect(run('Word("The quick", 9, " ")')).toBe('');
    expect(run('Word([x], 1, " ")')).toBe('');
  });
  it('StripSpaces removes U+0020 only; Trim trims; Len counts', () => {
    expect(run('StripSpaces(" a b ")')).toBe('ab');
    expect(run('StripSpaces("a\tb")')).toBe('a\tb');
    expect(run('Trim("  a b ")')).toBe('a b');
    expect(run('Len("abc")')).toBe(3);
  });
  it('ToLower/ToUpper map per character like .NET, with Turkish culture rules', () => {
    expect(run('ToUpper("straße")')).toBe('STRAßE');
    expect(run('ToLower("JOHN")')).toBe('john');
    expect(run('ToUpper("istanbul", "tr-TR")')).toBe('İSTANBUL');
    expect(run('ToLower("ISTANBUL", "tr-TR")')).toBe('ıstanbul');
    expect(run('ToUpper("istanbul")')).toBe('ISTANBUL');
    expect(run('ToLower("İ")')).toBe('i');
    expect(run('ToUpper("x", "en-US")')).toBe('X');
    expect(errorOf('ToUpper("x", "xx-INVALID")')).toBe('eval: ToUpper: unknown culture name');
    expect(errorOf('ToLower("x", "klingon")')).toBe('eval: ToLower: unknown culture name');
  });
  it('PCase follows .NET ToTitleCase on lower-cased input, or only the given separators', () => {
    expect(run('PCase("PABLO GONSALVES (SECOND)")')).toBe('Pablo Gonsalves (Second)');
    expect(run(`PCase("O'NEIL")`)).toBe("O'neil");
    expect(run('PCase("3RD AVENUE")')).toBe('3Rd Avenue');
    expect(run('PCase("jean-luc picard")')).toBe('Jean-Luc Picard');
    expect(run(`PCase("PINTO-DE'SILVA", " '-")`)).toBe("Pinto-De'Silva");
    expect(run('PCase("van der BERG-SMITH", "-")')).toBe('Van der berg-Smith');
  });
  it('NormalizeDiacritics is table-exact after NFC', () => {
    expect(run('NormalizeDiacritics("Zoë Ærøskøbing Straße")')).toBe('Zoe AEroeskoebing Strasse');
    expect(run('NormalizeDiacritics("Ze\u0301")')).toBe('Ze');
    expect(run('NormalizeDiacritics("Đorđe Œuvre ĉ")')).toBe('Đorđe Œuvre ĉ');
    expect(run('NormalizeDiacritics("ā\u0301")')).toBe('a');
  });
  it('ConvertToBase64 uses UTF-16LE; ConvertFromBase64 reverses it; ConvertToUTF8Hex is upper-case UTF-8', () => {
    expect(run('ConvertToBase64("Hello world!")')).toBe('SABlAGwAbABvACAAdwBvAHIAbABkACEA');
    expect(run('ConvertFromBase64("SABlAGwAbABvACAAdwBvAHIAbABkACEA")')).toBe('Hello world!');
    expect(errorOf('ConvertFromBase64("%%%")')).toMatch(/not valid Base64/);
    expect(run('ConvertToUTF8Hex("Hello world!")')).toBe('48656C6C6F20776F726C6421');
    expect(run('ConvertToUTF8Hex("€😀")')).toBe('E282ACF09F9880');
  });
  it('Redact passes the value through', () => {
    expect(run('Redact([a])', { a: 's3cret' })).toBe('s3cret');
  });
  it('InStr is 1-based, honours start and compare type, 0 when absent', () => {
    expect(run('InStr("The quick brown fox","quick")')).toBe(5);
    expect(run('InStr("repEated","e",3,vbBinaryCompare)')).toBe(7);
    expect(run('InStr("repEated","e",3,vbTextCompare)')).toBe(4);
    expect(run('InStr("abc","z")')).toBe(0);
    expect(run('InStr([x],"z")')).toBe(0);
    expect(errorOf('InStr("a","b",1,vbSomething)')).toMatch(/unknown identifier vbSomething/);
  });
  it('Split keeps elements verbatim, including empty ones', () => {
    expect(run('Split("a, b", ",")')).toEqual(['a', ' b']);
    expect(run('Split("a,,b", ",")')).toEqual(['a', '', 'b']);
    expect(run('Split([x], ",")')).toBeNull();
  });
  it('DNComponent returns the n-th RDN value', () => {
    expect(run('DNComponent("CN=Joe,OU=Sales,DC=contoso", 2)')).toBe('Sales');
  });
});
