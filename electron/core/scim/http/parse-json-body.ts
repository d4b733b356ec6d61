import { jsonDepth, MAX_JSON_DEPTH } from '../../../../shared/scim/json-depth';
import { ScimError } from '../../../../shared/scim/scim-error';

/**
 * Parses a request body as JSON: an empty body, malformed JSON or values nested deeper than
 * MAX_JSON_DEPTH answer 400 invalidSyntax (deep nesting would otherwise exhaust the stack later).
 */
export function parseJsonBody(text: string, method: string): unknown {
  if (text.trim() === '') throw new ScimError(400, `${method} needs a JSON body.`, 'invalidSyntax');
  if (jsonDepth(text) > MAX_JSON_DEPTH) throw new ScimError(400, `The body nests values more than ${MAX_JSON_DEPTH} levels deep; no SCIM resource or PatchOp does.`, 'invalidSyntax');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ScimError(400, `The body is not valid JSON: ${(error as Error).message}.`, 'invalidSyntax');
  }
}
