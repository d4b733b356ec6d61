import { JsonBlock } from '../scim/JsonBlock';
import { prettyJson } from './displayValue';

/** A recorded JSON value (a body, headers, a resource) in its own scrolling, wrapping box. */
export function ValueBlock({ value, label, empty }: { value: unknown; label: string; empty?: string }) {
  return <JsonBlock text={prettyJson(value)} label={label} {...(empty ? { empty } : {})} />;
}
