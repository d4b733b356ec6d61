import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { CsvStep } from './portal-csv-record';

type Kind = 'steps' | 'properties';

interface Joined<T> {
  items: T[];
  file: string;
  line: number;
  used: boolean;
}

/**
 * The portal's steps and modified-properties CSVs, keyed by change ID, joined to the records CSV as
 * its rows stream past. A key no record claims means the files are not one download's trio, and
 * the import of the records file fails (check) instead of storing records without their steps.
 */
export class CsvJoins {
  private readonly byKind: Record<Kind, Map<string, Joined<unknown>>> = { steps: new Map(), properties: new Map() };

  add(key: string, line: number, file: string, kind: Kind, item: unknown): void {
    const map = this.byKind[kind];
    const existing = map.get(key);
    if (existing) existing.items.push(item);
    else map.set(key, { items: [item], file, line, used: false });
  }

  steps(key: string): CsvStep[] {
    return this.take('steps', key) as CsvStep[];
  }

  properties(key: string): Array<Record<string, unknown>> {
    return this.take('properties', key) as Array<Record<string, unknown>>;
  }

  private take(kind: Kind, key: string): unknown[] {
    const joined = this.byKind[kind].get(key);
    if (!joined) return [];
    joined.used = true;
    return joined.items;
  }

  /** Throws when a steps or properties row was claimed by no record of `recordsFile`. */
  check(recordsFile: string): void {
    for (const kind of ['steps', 'properties'] as const) {
      const all = [...this.byKind[kind].entries()];
      const unmatched = all.filter(([, joined]) => !joined.used);
      const first = unmatched[0];
      if (!first) continue;
      const [key, joined] = first;
      throw new AppError(
        'BAD_REQUEST',
        `${recordsFile} does not join with ${joined.file}: line ${joined.line} of ${path.basename(joined.file)} has change ID "${key}", which no record has ` +
          `(${unmatched.length} of its ${all.length} change IDs match no record). Import the three CSV files of one portal download together.`,
      );
    }
  }
}
