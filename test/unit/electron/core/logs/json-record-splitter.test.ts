import { describe, expect, it } from 'vitest';
import { JsonRecordSplitter, JsonShapeError } from '../../../../../electron/core/logs/json-record-splitter';

/** Feeds `text` in chunks of `size` characters and returns the record texts. */
function split(text: string, size = 7): { texts: string[]; layout: string | undefined; offsets: number[] } {
  const splitter = new JsonRecordSplitter();
  const found = [];
  for (let i = 0; i < text.length; i += size) found.push(...splitter.push(text.slice(i, i + size)));
  found.push(...splitter.end());
  return { texts: found.map((e) => e.text), layout: splitter.layout, offsets: found.map((e) => e.offset) };
}

const a = { id: 'a', note: 'has "quotes", commas, ] brackets } and \\ backslash', nested: { list: [1, { x: '[' }] } };
const b = { id: 'b', empty: [], s: '\\' };

describe('JsonRecordSplitter', () => {
  it.each([1, 3, 7, 1000])('splits a top-level array in chunks of %i characters', (size) => {
    const text = JSON.stringify([a, b], null, size === 3 ? 2 : undefined);
    const result = split(text, size);
    expect(result.layout).toBe('array');
    expect(result.texts.map((t) => JSON.parse(t))).toEqual([a, b]);
    expect(result.offsets.map((o) => text[o])).toEqual(['{', '{']);
  });

  it('splits Graph page bodies, one or several, ignoring their other keys', () => {
    const page = (value: unknown[]) => JSON.stringify({ '@odata.context': 'x', value, '@odata.nextLink': 'https://graph/…?value=[1]' });
    const result = split(page([a]) + '\n' + page([b]), 5);
    expect(result.layout).toBe('graph-page');
    expect(result.texts.map((t) => JSON.parse(t))).toEqual([a, b]);
  });

  it('splits JSON lines', () => {
    const result = split([a, b, a].map((r) => JSON.stringify(r)).join('\n') + '\n', 4);
    expect(result.layout).toBe('json-lines');
    expect(result.texts.map((t) => JSON.parse(t))).toEqual([a, b, a]);
  });

  it('passes primitives inside the array through as records (the caller rejects them)', () => {
    expect(split('[1, "two", {"id":"x"}, null]').texts).toEqual(['1', '"two"', '{"id":"x"}', 'null']);
  });

  it('refuses a truncated file, naming the record it stopped in', () => {
    const text = JSON.stringify([a, b]).slice(0, -10);
    expect(() => split(text)).toThrow(/record 2 .*truncated/);
  });

  it('refuses text that is not JSON at all', () => {
    expect(() => split('id,name\n1,2\n')).toThrow(JsonShapeError);
    expect(() => split('   ')).toThrow(/empty/);
  });

  it('keeps memory at about one record: the buffer never holds earlier records', () => {
    const splitter = new JsonRecordSplitter();
    splitter.push('[');
    let emitted = 0;
    for (let i = 0; i < 2000; i++) emitted += splitter.push(JSON.stringify({ id: String(i), pad: 'x'.repeat(500) }) + ',').length;
    expect(emitted).toBe(2000);
    expect((splitter as unknown as { buf: string }).buf.length).toBeLessThan(1000);
  });
});
