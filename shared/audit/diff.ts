import { parseExpression, printExpression } from '../expressions';
import type { AttributeMapping, ObjectMapping } from '../graph/synchronization';
import { mappingExpressionText } from '../mapping/evaluate-mapping';

export type DiffChange = 'added' | 'removed' | 'changed' | 'same';

export interface MappingSide {
  expression: string | null;
  matchingPriority: number;
  flowType: string;
  defaultValue: string | null;
}

export interface AttributeDiff {
  targetAttributeName: string;
  change: DiffChange;
  left?: MappingSide;
  right?: MappingSide;
  /** Which properties differ for `changed`. */
  fields: Array<keyof MappingSide>;
}

export interface ObjectMappingDiff {
  objectKind: 'User' | 'Group';
  leftName: string | null;
  rightName: string | null;
  enabled: { left: boolean | null; right: boolean | null };
  attributes: AttributeDiff[];
}

export interface MappingDiff {
  leftLabel: string;
  rightLabel: string;
  objectMappings: ObjectMappingDiff[];
  summary: Record<DiffChange, number>;
}

/** Canonical text so formatting differences (spaces, line breaks) do not count as changes. */
function canonical(text: string | null): string | null {
  if (text === null) return null;
  try {
    return printExpression(parseExpression(text));
  } catch {
    return text.trim();
  }
}

function side(mapping: AttributeMapping): MappingSide {
  return { expression: canonical(mappingExpressionText(mapping)), matchingPriority: mapping.matchingPriority, flowType: mapping.flowType, defaultValue: mapping.defaultValue ?? null };
}

const kindOf = (m: ObjectMapping): 'User' | 'Group' => (/group$/i.test(m.sourceObjectName) ? 'Group' : 'User');

function diffAttributes(left: readonly AttributeMapping[], right: readonly AttributeMapping[]): AttributeDiff[] {
  // Duplicate targets are compared occurrence by occurrence (the second "emails…" with the second).
  const byTarget = (list: readonly AttributeMapping[]) => {
    const map = new Map<string, AttributeMapping>();
    const seen = new Map<string, number>();
    for (const m of list) {
      const name = m.targetAttributeName.toLowerCase();
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      map.set(n === 1 ? name : `${name}#${n}`, m);
    }
    return map;
  };
  const l = byTarget(left);
  const r = byTarget(right);
  const keys = [...new Set([...l.keys(), ...r.keys()])];
  return keys.map((key): AttributeDiff => {
    const a = l.get(key);
    const b = r.get(key);
    const name = (a ?? b)!.targetAttributeName;
    if (!a) return { targetAttributeName: name, change: 'added', right: side(b!), fields: [] };
    if (!b) return { targetAttributeName: name, change: 'removed', left: side(a), fields: [] };
    const sa = side(a);
    const sb = side(b);
    const fields = (Object.keys(sa) as Array<keyof MappingSide>).filter((k) => sa[k] !== sb[k]);
    return { targetAttributeName: name, change: fields.length ? 'changed' : 'same', left: sa, right: sb, fields };
  });
}

/** Compares two sets of object mappings (two snapshots of an app, or an app against a recommended mapping). */
export function diffMappings(left: readonly ObjectMapping[], right: readonly ObjectMapping[], labels: { left: string; right: string }): MappingDiff {
  const objectMappings: ObjectMappingDiff[] = (['User', 'Group'] as const).flatMap((kind) => {
    const a = left.find((m) => kindOf(m) === kind);
    const b = right.find((m) => kindOf(m) === kind);
    if (!a && !b) return [];
    return [
      {
        objectKind: kind,
        leftName: a?.name ?? null,
        rightName: b?.name ?? null,
        enabled: { left: a ? a.enabled : null, right: b ? b.enabled : null },
        attributes: diffAttributes(a?.attributeMappings ?? [], b?.attributeMappings ?? []),
      },
    ];
  });
  const summary: Record<DiffChange, number> = { added: 0, removed: 0, changed: 0, same: 0 };
  for (const o of objectMappings) for (const a of o.attributes) summary[a.change]++;
  return { leftLabel: labels.left, rightLabel: labels.right, objectMappings, summary };
}
