import { requireAttribute, resolveSubAttribute, splitSchemaPrefix, type ResolvedAttribute } from './attribute-paths';
import { parseFilter, resolveFilter, type ResolvedFilter } from './filter';
import type { ResourceProfile } from './schema/types';
import { badRequest } from './scim-error';

/** A PATCH path (RFC 7644 §3.5.2): attribute, optional value filter, optional sub-attribute. */
export interface PatchPath {
  attr: ResolvedAttribute;
  /** `emails[type eq "work"]`: which elements of a multi-valued attribute. */
  filter?: ResolvedFilter;
  /** `emails[type eq "work"].value`: the sub-attribute of the matched elements. */
  subAfterFilter?: ResolvedAttribute;
  /** The path names a whole extension object (`urn:…:enterprise:2.0:User`). */
  extensionOnly?: string;
}

export function parsePatchPath(resource: ResourceProfile, raw: string): PatchPath | { extensionOnly: string } {
  const path = raw.trim();
  if (path === '') throw badRequest('invalidPath', 'The PATCH path is empty.');
  const { schemaId, extension, rest } = splitSchemaPrefix(resource, path);
  if (schemaId && extension && rest === '') return { extensionOnly: schemaId };
  const open = rest.indexOf('[');
  if (open === -1) return { attr: requireAttribute(resource, path, 'invalidPath') };
  const close = findClose(rest, open);
  if (close === -1) throw badRequest('invalidPath', `The PATCH path "${raw}" has an unclosed "[".`);
  const attrPath = (schemaId ? `${schemaId}:` : '') + rest.slice(0, open);
  const attr = requireAttribute(resource, attrPath, 'invalidPath');
  if (attr.sub || !attr.attribute.multiValued || !attr.attribute.subAttributes) {
    throw badRequest('invalidPath', `"${attrPath}" is not a multi-valued complex attribute, so "${raw}" cannot filter it.`);
  }
  let filter: ResolvedFilter;
  try {
    filter = resolveFilter(resource, parseFilter(rest.slice(open + 1, close)), 0, attr, false);
  } catch (error) {
    throw badRequest('invalidPath', `The filter in PATCH path "${raw}" is not valid: ${(error as Error).message}`);
  }
  const after = rest.slice(close + 1);
  if (after === '') return { attr, filter };
  if (!after.startsWith('.')) throw badRequest('invalidPath', `The PATCH path "${raw}" has unexpected text after "]".`);
  const sub = resolveSubAttribute(attr, after.slice(1));
  if (!sub) throw badRequest('invalidPath', `"${after.slice(1)}" is not a sub-attribute of ${attr.attribute.name}.`);
  return { attr, filter, subAfterFilter: sub };
}

function findClose(text: string, open: number): number {
  let quoted = false;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && quoted) i++;
    else if (c === '"') quoted = !quoted;
    else if (c === ']' && !quoted) return i;
  }
  return -1;
}
