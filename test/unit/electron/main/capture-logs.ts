import { vi } from 'vitest';

export interface LogLine {
  level: string;
  scope: string;
  msg: string;
  [field: string]: unknown;
}

/** Silences the core logger (which writes JSON lines to stderr) and collects what it wrote. */
export function captureLogs(): { lines: LogLine[]; restore: () => void } {
  const lines: LogLine[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    for (const text of String(chunk).split('\n')) {
      if (text.trim()) lines.push(JSON.parse(text) as LogLine);
    }
    return true;
  });
  return { lines, restore: () => spy.mockRestore() };
}
