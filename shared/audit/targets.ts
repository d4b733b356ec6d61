import type { AttributeDefinition as GraphAttributeDefinition } from '../graph/synchronization';
import { parseTargetPath } from '../mapping/scim-payload';
import { resolveAttribute } from '../scim/attribute-paths';
import type { AttributeDefinition as ScimAttributeDefinition } from '../scim/schema/types';
import type { LintContext } from './types';

/** The target directory's definition of a target attribute (Graph schema), matched case-insensitively. */
export function targetDefinition(ctx: LintContext, name: string): GraphAttributeDefinition | undefined {
  const lower = name.toLowerCase();
  return ctx.targetObject?.attributes.find((a) => a.name.toLowerCase() === lower);
}

/** The vendor profile's SCIM definition of a target path (`emails[type eq "work"].value` → emails.value). */
export function profileDefinition(ctx: LintContext, name: string): ScimAttributeDefinition | undefined {
  if (!ctx.profileResource) return undefined;
  const path = parseTargetPath(name);
  const dotted = `${path.schema ? `${path.schema}:` : ''}${path.attribute}${path.subPath.length ? `.${path.subPath[0]}` : ''}`;
  const resolved = resolveAttribute(ctx.profileResource, dotted) ?? resolveAttribute(ctx.profileResource, `${path.schema ? `${path.schema}:` : ''}${path.attribute}`);
  if (!resolved) return undefined;
  return resolved.sub ?? resolved.attribute;
}

/** Source attribute definition (Entra side), exact name match. */
export function sourceDefinition(ctx: LintContext, name: string): GraphAttributeDefinition | undefined {
  return ctx.sourceObject?.attributes.find((a) => a.name === name);
}

export function mappingsTo(ctx: LintContext, target: string) {
  const lower = target.toLowerCase();
  return ctx.mappings.filter((m) => m.mapping.targetAttributeName.toLowerCase() === lower);
}
