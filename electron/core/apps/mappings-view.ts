import type { AttributeMappingView, ObjectMappingView } from '../../../shared/ipc/dto/apps';
import type { AttributeDefinition, SynchronizationSchema } from '../../../shared/graph/synchronization';
import { describeScope } from '../../../shared/mapping/describe-scope';

/** The synchronization schema as the mappings screen shows it: one entry per object mapping. */
export function toObjectMappingViews(schema: SynchronizationSchema): ObjectMappingView[] {
  const directories = schema.directories ?? [];
  const attributeOf = (directoryName: string, objectName: string, attribute: string): AttributeDefinition | undefined => {
    const directory = directories.find((d) => d.name === directoryName);
    const object = directory?.objects?.find((o) => o.name.toLowerCase() === objectName.toLowerCase());
    return object?.attributes?.find((a) => a.name.toLowerCase() === attribute.toLowerCase());
  };
  return (schema.synchronizationRules ?? []).flatMap((rule) =>
    (rule.objectMappings ?? []).map((mapping) => ({
      ruleId: rule.id,
      ruleName: rule.name ?? rule.id,
      name: mapping.name ?? `${mapping.sourceObjectName} → ${mapping.targetObjectName}`,
      enabled: mapping.enabled ?? true,
      flowTypes: mapping.flowTypes ?? '',
      sourceObjectName: mapping.sourceObjectName,
      targetObjectName: mapping.targetObjectName,
      sourceDirectoryName: rule.sourceDirectoryName ?? '',
      targetDirectoryName: rule.targetDirectoryName ?? '',
      scope: describeScope(mapping.scope?.groups),
      attributeMappings: (mapping.attributeMappings ?? []).map((am): AttributeMappingView => {
        const target = attributeOf(rule.targetDirectoryName ?? '', mapping.targetObjectName, am.targetAttributeName);
        return {
          targetAttributeName: am.targetAttributeName,
          sourceType: am.source ? am.source.type : 'None',
          sourceExpression: am.source?.expression ?? null,
          matchingPriority: am.matchingPriority ?? 0,
          flowType: am.flowType ?? 'Always',
          flowBehavior: am.flowBehavior ?? null,
          defaultValue: am.defaultValue ?? null,
          target: target
            ? { type: target.type ?? 'String', required: target.required ?? false, multivalued: target.multivalued ?? false, caseExact: target.caseExact ?? false }
            : null,
        };
      }),
    })),
  );
}
