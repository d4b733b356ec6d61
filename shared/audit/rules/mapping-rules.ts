import { closestName } from '../../expressions';
import { CompiledObjectMapping } from '../../mapping/evaluate-mapping';
import { mappingsTo, profileDefinition, sourceDefinition, targetDefinition } from '../targets';
import type { FindingDraft, LintContext, LintRule, MappingUnderAudit } from '../types';
import { attributeRefs, calls } from '../walk';

const at = (m: MappingUnderAudit) => ({ mappingIndex: m.index, targetAttributeName: m.mapping.targetAttributeName });
const matching = (ctx: LintContext) => ctx.mappings.filter((m) => m.mapping.matchingPriority > 0);
const enabled = (ctx: LintContext) => ctx.objectMapping.enabled !== false;

/** Does a mapping's value come from source data at all (not a constant)? */
const readsSource = (m: MappingUnderAudit) => m.ast !== null && attributeRefs(m.ast).length > 0;

export const MAPPING_RULES: LintRule[] = [
  {
    id: 'matching-attribute-missing',
    severity: 'error',
    title: 'No matching attribute',
    fixHint: 'Edit the mapping you match on (usually userName or externalId) and set "Match objects using this attribute" with precedence 1.',
    check: (ctx) =>
      enabled(ctx) && ctx.mappings.length > 0 && matching(ctx).length === 0
        ? [{ message: `${ctx.objectMapping.name}: no attribute mapping is used for matching, so Entra cannot find existing ${ctx.objectKind.toLowerCase()}s in the target and creates duplicates or conflicts.` }]
        : [],
  },
  {
    id: 'matching-attribute-not-filterable',
    severity: 'error',
    title: 'Matching attribute cannot be filtered in the target',
    fixHint: 'Match on an attribute the target can filter on (Entra queries GET /Users?filter=<attribute> eq "<value>").',
    check: (ctx) =>
      matching(ctx).flatMap((m): FindingDraft[] => {
        const def = profileDefinition(ctx, m.mapping.targetAttributeName);
        if (!ctx.profile || !def || def.filterable) return [];
        return [{ ...at(m), message: `${ctx.profile.displayName} cannot filter on ${m.mapping.targetAttributeName}, so matching on it finds nothing.` }];
      }),
  },
  {
    id: 'matching-precedence-duplicate',
    spec: 'L17',
    severity: 'warning',
    title: 'Two matching attributes share a precedence',
    fixHint: 'Give each matching attribute its own precedence (1, 2, …).',
    check: (ctx) => {
      const seen = new Map<number, MappingUnderAudit>();
      return matching(ctx).flatMap((m): FindingDraft[] => {
        const first = seen.get(m.mapping.matchingPriority);
        seen.set(m.mapping.matchingPriority, first ?? m);
        return first ? [{ ...at(m), message: `${m.mapping.targetAttributeName} and ${first.mapping.targetAttributeName} both have matching precedence ${m.mapping.matchingPriority}.` }] : [];
      });
    },
  },
  {
    id: 'matching-default-value',
    severity: 'warning',
    title: 'Default value on a matching attribute',
    fixHint: 'Remove the default value: every object without a source value would match the same target object.',
    check: (ctx) => matching(ctx).filter((m) => m.mapping.defaultValue).map((m) => ({ ...at(m), message: `${m.mapping.targetAttributeName} is a matching attribute with the default value "${m.mapping.defaultValue}".` })),
  },
  {
    id: 'required-target-unmapped',
    severity: 'error',
    title: 'Required target attribute is not mapped',
    fixHint: 'Add a mapping for the required attribute, or the target rejects every create.',
    check: (ctx) => {
      if (!enabled(ctx)) return [];
      const required = new Set<string>();
      for (const a of ctx.targetObject?.attributes ?? []) if (a.required) required.add(a.name);
      for (const a of ctx.profileResource?.schema.attributes ?? []) if (a.required && a.mutability !== 'readOnly') required.add(a.name);
      return [...required]
        .filter((name) => mappingsTo(ctx, name).length === 0 && !ctx.mappings.some((m) => m.mapping.targetAttributeName.toLowerCase().startsWith(`${name.toLowerCase()}.`)))
        .map((name) => ({ targetAttributeName: name, message: `${name} is required by the target but no mapping provides it.` }));
    },
  },
  {
    id: 'duplicate-target',
    severity: 'error',
    title: 'Two mappings write the same target attribute',
    fixHint: 'Delete one of the mappings (combine the sources with Coalesce if you need a fallback).',
    check: (ctx) => {
      const seen = new Map<string, MappingUnderAudit>();
      return ctx.mappings.flatMap((m): FindingDraft[] => {
        const key = m.mapping.targetAttributeName.toLowerCase();
        const first = seen.get(key);
        if (!first) {
          seen.set(key, m);
          return [];
        }
        return [{ ...at(m), message: `${m.mapping.targetAttributeName} is mapped twice (from ${first.expression ?? 'nothing'} and from ${m.expression ?? 'nothing'}); only one value can win.` }];
      });
    },
  },
  {
    id: 'unknown-source-attribute',
    severity: 'error',
    title: 'Source attribute unknown to the source directory',
    fixHint: 'Fix the attribute name (names of directory extensions are case-sensitive).',
    check: (ctx) => {
      const names = ctx.sourceObject?.attributes.map((a) => a.name) ?? [];
      const graph = ctx.graphUnreadableSources;
      if (names.length === 0 && !graph?.size) return [];
      return ctx.mappings.flatMap((m) =>
        attributeRefs(m.ast)
          .filter((ref) => (names.length > 0 && !names.includes(ref.name)) || graph?.has(ref.name))
          .map((ref) => {
            const reason = graph?.get(ref.name);
            if (reason && names.includes(ref.name)) {
              return {
                ...at(m),
                start: ref.start,
                end: ref.end,
                message: `${m.mapping.targetAttributeName}: Microsoft Graph cannot return [${ref.name}] (${reason}), so the tenant read left it out and it evaluates to null here.`,
                fixHint: `Check that [${ref.name}] still exists in the tenant, or map another attribute.`,
              };
            }
            const caseMatch = names.find((n) => n.toLowerCase() === ref.name.toLowerCase());
            const hint = caseMatch ?? closestName(ref.name, names);
            return {
              ...at(m),
              start: ref.start,
              end: ref.end,
              message: `${m.mapping.targetAttributeName}: [${ref.name}] is not an attribute of the source ${ctx.objectKind}${hint ? ` — did you mean [${hint}]?` : ''}; it always evaluates to null.${reason ? ` Microsoft Graph cannot return it either (${reason}).` : ''}`,
              ...(hint ? { fixHint: `Replace [${ref.name}] with [${hint}].` } : {}),
            };
          }),
      );
    },
  },
  {
    id: 'type-mismatch',
    severity: 'warning',
    title: 'Source and target types differ',
    fixHint: 'Convert the value explicitly (e.g. Switch for Boolean, CStr for text) or map a source of the target type.',
    check: (ctx) =>
      ctx.mappings.flatMap((m): FindingDraft[] => {
        if (m.ast?.kind !== 'attribute') return [];
        const source = sourceDefinition(ctx, m.ast.name);
        const target = targetDefinition(ctx, m.mapping.targetAttributeName);
        if (!source || !target) return [];
        const ref = (t: string) => t === 'Reference';
        if (ref(source.type) !== ref(target.type)) {
          return [{ ...at(m), message: `${m.mapping.targetAttributeName} (${target.type}) is mapped from [${source.name}] (${source.type}).` }];
        }
        if (source.multivalued && !target.multivalued) {
          return [{ ...at(m), message: `${m.mapping.targetAttributeName} is single-valued but [${source.name}] is multi-valued; use Item or Join.` }];
        }
        if (target.type === 'Boolean' && source.type !== 'Boolean') {
          return [{ ...at(m), message: `${m.mapping.targetAttributeName} is Boolean but [${source.name}] is ${source.type}.` }];
        }
        return [];
      }),
  },
  {
    id: 'active-not-from-soft-delete',
    spec: 'L15',
    severity: 'error',
    title: 'active is not derived from IsSoftDeleted',
    fixHint: 'Map active from Switch([IsSoftDeleted], , "False", "True", "True", "False") (or Not([IsSoftDeleted])): IsSoftDeleted is what turns unassigned, out-of-scope and deleted users into active=false.',
    check: (ctx) => {
      if (ctx.objectKind !== 'User' || !enabled(ctx)) return [];
      const active = mappingsTo(ctx, 'active');
      if (active.length === 0) {
        const target = targetDefinition(ctx, 'active') ?? profileDefinition(ctx, 'active');
        return target ? [{ targetAttributeName: 'active', message: 'Nothing is mapped to active, so users removed from the app are never disabled in the target.' }] : [];
      }
      return active
        .filter((m) => !attributeRefs(m.ast).some((ref) => ref.name === 'IsSoftDeleted'))
        .map((m) => ({ ...at(m), message: `active is mapped from ${m.expression ?? 'nothing'}, which ignores IsSoftDeleted: unassigned and out-of-scope users stay active in the target.` }));
    },
  },
  {
    id: 'constant-user-name',
    severity: 'error',
    title: 'userName is a constant',
    fixHint: 'Map userName from a unique source attribute such as userPrincipalName.',
    check: (ctx) =>
      ctx.objectKind === 'User'
        ? mappingsTo(ctx, 'userName')
            .filter((m) => (m.ast !== null && !readsSource(m) && !calls(m.ast, 'Guid').length && !calls(m.ast, 'RandomString').length) || (m.ast === null && m.mapping.defaultValue))
            .map((m) => ({ ...at(m), message: `userName is always "${m.ast?.kind === 'string' ? m.ast.value : (m.mapping.defaultValue ?? m.expression)}", so every user collides with the first one.` }))
        : [],
  },
  {
    id: 'default-value-create-only',
    spec: 'L16',
    severity: 'info',
    title: 'Default value applies on create only',
    fixHint: 'Expect the default only on creates; updates never send it. Use Coalesce([x], "default") to apply it always.',
    check: (ctx) =>
      ctx.mappings
        .filter((m) => m.mapping.defaultValue && m.mapping.matchingPriority === 0)
        .map((m) => ({ ...at(m), message: `${m.mapping.targetAttributeName} gets "${m.mapping.defaultValue}" only when the object is created and the source is null.` })),
  },
  {
    id: 'primary-key-target',
    spec: 'L15',
    severity: 'error',
    title: "Mapping to the target's id",
    fixHint: 'Remove the mapping: the target assigns id; map externalId instead.',
    check: (ctx) => mappingsTo(ctx, 'id').map((m) => ({ ...at(m), message: 'The target primary key id must not be a target attribute.' })),
  },
  {
    id: 'select-unique-value-misuse',
    spec: 'L06',
    severity: 'error',
    title: 'SelectUniqueValue used where Entra does not support it',
    fixHint: 'SelectUniqueValue works only for HR → Active Directory: top-level, never on a matching attribute, flow "Only during object creation".',
    check: (ctx) =>
      ctx.mappings.flatMap((m): FindingDraft[] => {
        const uses = calls(m.ast, 'SelectUniqueValue');
        if (uses.length === 0) return [];
        const problems: string[] = [];
        if (uses.some((u) => u !== m.ast)) problems.push('it is nested');
        if (m.mapping.matchingPriority > 0) problems.push('the attribute is used for matching');
        if (m.mapping.flowType !== 'ObjectAddOnly') problems.push('it is not "Only during object creation"');
        problems.push('this is a SCIM app, not an Active Directory target');
        return [{ ...at(m), start: uses[0]!.start, end: uses[0]!.end, message: `${m.mapping.targetAttributeName}: SelectUniqueValue is unsupported here: ${problems.join('; ')}.` }];
      }),
  },
  {
    id: 'app-role-sync-all',
    spec: 'L08',
    severity: 'warning',
    title: 'App-role function with "Sync all users and groups" or a direct appRoleAssignments mapping',
    fixHint: 'Use SingleAppRoleAssignment/AppRoleAssignmentsComplex only with "Sync only assigned users and groups"; never map [appRoleAssignments] directly.',
    check: (ctx) =>
      ctx.mappings.flatMap((m): FindingDraft[] => {
        if (m.ast?.kind === 'attribute' && m.ast.name === 'appRoleAssignments') return [{ ...at(m), message: `${m.mapping.targetAttributeName} is mapped straight from [appRoleAssignments], which sends an opaque serialized string.` }];
        const roleCalls = [...calls(m.ast, 'SingleAppRoleAssignment'), ...calls(m.ast, 'AppRoleAssignmentsComplex')];
        return roleCalls.length > 0 && ctx.assignments?.syncAll ? [{ ...at(m), message: `${m.mapping.targetAttributeName} uses ${roleCalls[0]!.name}, which does not work with "Sync all users and groups".` }] : [];
      }),
  },
  {
    id: 'nested-group-assignment',
    severity: 'warning',
    title: 'Nested groups in assigned groups are not provisioned',
    fixHint: 'Assign the nested groups (or their users) directly: Entra provisions only direct members of assigned groups.',
    check: (ctx) =>
      ctx.objectKind === 'User' && ctx.assignments && (ctx.assignments.nestedOnlyUsers > 0 || ctx.assignments.groupsWithNestedGroups.length > 0)
        ? [
            {
              message: `${ctx.assignments.groupsWithNestedGroups.length > 0 ? `Assigned group(s) ${ctx.assignments.groupsWithNestedGroups.join(', ')} contain nested groups; ` : ''}${ctx.assignments.nestedOnlyUsers} user(s) reachable only through nesting will not be provisioned.`,
            },
          ]
        : [],
  },
  {
    id: 'required-value-missing',
    severity: 'error',
    title: 'Required or matching attribute is empty for some objects',
    fixHint: 'Use a source every object has (e.g. userPrincipalName), or Coalesce with a fallback.',
    check: (ctx) => {
      if (ctx.sampleObjects.length === 0 || !enabled(ctx)) return [];
      const compiled = new CompiledObjectMapping({ attributeMappings: ctx.mappings.map((m) => m.mapping) });
      const matchers = matching(ctx);
      const required = ctx.mappings.filter(
        (m) => m.mapping.matchingPriority === 0 && (targetDefinition(ctx, m.mapping.targetAttributeName)?.required || profileDefinition(ctx, m.mapping.targetAttributeName)?.required),
      );
      if (matchers.length === 0 && required.length === 0) return [];
      const missing = new Map<number, number>();
      let unmatchable = 0;
      for (const object of ctx.sampleObjects) {
        const outcomes = compiled.evaluate(object, { operation: 'create' });
        const empty = (m: MappingUnderAudit) => outcomes[m.index]?.status === 'skipped-null';
        for (const m of required) if (empty(m)) missing.set(m.index, (missing.get(m.index) ?? 0) + 1);
        // Entra needs a value in at least one matching attribute, not in all of them.
        if (matchers.length > 0 && matchers.every(empty)) unmatchable++;
      }
      const n = ctx.sampleObjects.length;
      const kind = ctx.objectKind.toLowerCase();
      const drafts: FindingDraft[] = required
        .filter((m) => missing.has(m.index))
        .map((m) => ({ ...at(m), message: `${m.mapping.targetAttributeName} is required but evaluates to null for ${missing.get(m.index)} of ${n} ${kind}(s) in scope, so creating them fails.` }));
      if (unmatchable > 0) {
        const first = [...matchers].sort((a, b) => a.mapping.matchingPriority - b.mapping.matchingPriority)[0]!;
        drafts.push({ ...at(first), message: `${unmatchable} of ${n} ${kind}(s) in scope have no value in any matching attribute (${matchers.map((m) => m.mapping.targetAttributeName).join(', ')}), so Entra cannot match them.` });
      }
      return drafts;
    },
  },
];
