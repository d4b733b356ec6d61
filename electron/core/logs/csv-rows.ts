import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { AppError } from '../../../shared/errors';
import type { TextSource } from './text-source';

export type CsvRow = Record<string, string>;

/** The header row of a CSV file (from the first chunk), or null when the text is not CSV-like. */
export function csvHeaders(head: string): string[] | null {
  const end = head.search(/\r?\n/);
  const line = end < 0 ? head : head.slice(0, end);
  if (!/[,;\t]/.test(line)) return null;
  const delimiter = detectDelimiter(line);
  try {
    const [headers] = parseSync(line, { delimiter, relax_quotes: true }) as string[][];
    const names = headers?.map((h) => h.trim()) ?? [];
    return names.length > 1 && names.every((h) => h !== '' && h.length <= 100) ? names : null;
  } catch {
    return null;
  }
}

/** The portal writes commas; spreadsheets saved in some locales write semicolons or tabs. */
export function detectDelimiter(line: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, line.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![0];
}

/** Streams a CSV file's rows as header→value objects with their line numbers. */
export async function* readCsvRows(source: TextSource): AsyncGenerator<{ row: CsvRow; line: number }> {
  const firstLine = source.head.split(/\r?\n/, 1)[0] ?? '';
  const parser = parse({ columns: (h: string[]) => h.map((x) => x.trim()), delimiter: detectDelimiter(firstLine), bom: true, relax_column_count: true, skip_empty_lines: true, info: true });
  const feeding = (async () => {
    try {
      for await (const chunk of source.chunks()) {
        if (!parser.write(chunk)) await new Promise<void>((resolve) => parser.once('drain', resolve));
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: CsvRow; info: { lines: number } }>) {
      yield { row: record, line: info.lines };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('BAD_REQUEST', `${source.file} is not a well-formed CSV file: ${(error as Error).message}.`);
  }
  await feeding;
}
