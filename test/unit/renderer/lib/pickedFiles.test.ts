import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES, pickedNames, uploadTooLarge } from '../../../../renderer/src/lib/pickedFiles';

describe('uploadTooLarge (browser mode only; the desktop app reads files by path)', () => {
  it('allows uploads up to 60 MB in all', () => {
    expect(MAX_UPLOAD_BYTES).toBe(60 * 1024 * 1024);
    expect(uploadTooLarge([{ size: MAX_UPLOAD_BYTES - 1 }, { size: 1 }], 'pwb logs import FILE...')).toBeNull();
  });

  it('refuses more, naming the size, the desktop app and the command that takes any size', () => {
    expect(uploadTooLarge([{ size: 50 * 1048576 }, { size: 30 * 1048576 }], 'pwb logs import FILE...')).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message:
        'These files hold 80 MB; up to 60 MB can be uploaded in browser mode. The desktop app opens files of any size, and `pwb logs import FILE...` imports any size from a terminal.',
    });
    expect(uploadTooLarge([{ size: 61 * 1048576 }], 'pwb snapshot import FILE')?.message).toMatch(/^This file holds 61 MB;/);
  });
});

describe('pickedNames', () => {
  it('names picked paths and uploads alike', () => {
    expect(pickedNames({ kind: 'paths', files: [{ path: '/a/x.json', name: 'x.json', size: 1 }] })).toEqual(['x.json']);
    expect(pickedNames({ kind: 'uploads', files: [new File(['1'], 'y.csv')] })).toEqual(['y.csv']);
  });
});
