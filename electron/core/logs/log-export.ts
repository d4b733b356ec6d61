import type { LogListItem } from '../../../shared/logs/log-dto';
import { csvHeaderLine, csvRowLine } from '../../../shared/logs/log-export-format';

/** Writes rows as CSV (portal-like headers) or as a JSON array, pushing text pieces to `write`. */
export function writeExport(rows: Iterable<LogListItem>, format: 'csv' | 'json', write: (text: string) => void): number {
  let count = 0;
  if (format === 'csv') {
    write(csvHeaderLine());
    for (const row of rows) {
      write(csvRowLine(row));
      count += 1;
    }
    return count;
  }
  write('[');
  for (const row of rows) {
    write((count === 0 ? '\n' : ',\n') + JSON.stringify(row));
    count += 1;
  }
  write(count === 0 ? ']\n' : '\n]\n');
  return count;
}
