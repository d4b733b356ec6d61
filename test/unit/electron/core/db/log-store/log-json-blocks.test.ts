import { describe, expect, it } from 'vitest';
import { BLOCK_CODEC, RECORDS_PER_BLOCK, blockOf, packBlocks, unpackBlock } from '../../../../../../electron/core/db/log-store/log-json-blocks';

describe('log JSON blocks', () => {
  it('packs texts into blocks of a fixed number of records and gives each back unchanged', () => {
    const texts = Array.from({ length: RECORDS_PER_BLOCK * 2 + 5 }, (_, i) => JSON.stringify({ id: String(i), name: i % 7 === 0 ? 'Chloé Dubois ✓' : 'Alex Wilber', pad: 'x'.repeat(i % 50) }));
    const blocks = packBlocks(texts);
    expect(blocks).toHaveLength(3);
    texts.forEach((text, i) => {
      const { block, line } = blockOf(i);
      expect(unpackBlock(BLOCK_CODEC, blocks[block]!)[line]).toBe(text);
    });
    const raw = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    expect(blocks.reduce((n, b) => n + b.length, 0)).toBeLessThan(raw / 3);
  });

  it('refuses a block in a codec it does not know', () => {
    expect(() => unpackBlock('zstd', new Uint8Array([1, 2, 3]))).toThrow('unknown provisioning-log block codec');
  });

  it('packs nothing into no blocks', () => {
    expect(packBlocks([])).toEqual([]);
  });
});
