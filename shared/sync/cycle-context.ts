import type { AttributeDefinition, ObjectMapping } from '../graph/synchronization';
import { CompiledObjectMapping } from '../mapping/evaluate-mapping';
import type { EvaluationEnvironment } from '../expressions';
import type { ScopeOptions } from './scope';
import type { SourceDirectory } from './source-directory';
import { TransportError, type RecordedResponse, type RecordingClient, type ScimRequest } from './transport';
import { transportFailure } from './failures';
import type { Decision, Dialect, EngineError, EntraState, ObjectKind, Phase, PhaseName } from './types';

export interface ObjectRules {
  mapping: ObjectMapping;
  compiled: CompiledObjectMapping;
  /** The target object's attribute definitions from the job schema (required, type, multivalued). */
  targetAttributes: readonly AttributeDefinition[];
  create: boolean;
  update: boolean;
  delete: boolean;
}

export interface CycleOptions extends ScopeOptions {
  dialect: Dialect;
  /** The SkipOutOfScopeDeletions secret: out-of-scope users are left as they are. */
  skipOutOfScopeDeletions: boolean;
  now: Date;
  env?: Partial<EvaluationEnvironment>;
}

/** Everything one cycle shares while it processes its objects. */
export interface CycleContext {
  client: RecordingClient;
  state: EntraState;
  directory: SourceDirectory;
  rules: Partial<Record<ObjectKind, ObjectRules>>;
  /** The app's name as Entra writes it in log text, e.g. "Howspace". */
  targetName: string;
  options: CycleOptions;
  clock: () => number;
}

/** Target object actions from the object mapping's flowTypes ("Add, Update, Delete"); absent means all three. */
export function objectRules(mapping: ObjectMapping, targetAttributes: readonly AttributeDefinition[]): ObjectRules {
  const flow = mapping.flowTypes ?? 'Add, Update, Delete';
  return {
    mapping,
    compiled: new CompiledObjectMapping(mapping),
    targetAttributes,
    create: /add/i.test(flow),
    update: /update/i.test(flow),
    delete: /delete/i.test(flow),
  };
}

export function targetDefinition(rules: ObjectRules, name: string): AttributeDefinition | undefined {
  const lower = name.toLowerCase();
  return rules.targetAttributes.find((a) => a.name.toLowerCase() === lower);
}

/** A phase under construction; `end` fixes its status and summary. */
export class PhaseBuilder {
  readonly phase: Phase;
  /** A new phase, or one already finished that more work is appended to (references after the object). */
  constructor(nameOrPhase: PhaseName | Phase) {
    this.phase = typeof nameOrPhase === 'string' ? { name: nameOrPhase, status: 'success', summary: '', decisions: [], exchanges: [] } : nameOrPhase;
  }
  decide(label: string, result: Decision['result'], detail?: string): this {
    this.phase.decisions.push(detail === undefined ? { label, result } : { label, result, detail });
    return this;
  }
  end(status: Phase['status'], summary: string): Phase {
    this.phase.status = status;
    this.phase.summary = summary;
    return this.phase;
  }
}

export type SendResult = { ok: true; response: RecordedResponse | null } | { ok: false; error: EngineError };

/** Sends through the recording client, noting the exchange on the phase; a transport failure becomes Entra's error. */
export async function send(ctx: CycleContext, phase: PhaseBuilder, purpose: string, request: ScimRequest): Promise<SendResult> {
  try {
    const response = await ctx.client.send(phase.phase.name, purpose, request);
    phase.phase.exchanges.push(ctx.client.exchanges.length);
    return { ok: true, response };
  } catch (error) {
    phase.phase.exchanges.push(ctx.client.exchanges.length);
    if (error instanceof TransportError) return { ok: false, error: transportFailure(error.kind, error.message, ctx.targetName) };
    throw error;
  }
}

/** A SCIM string literal for a filter: quotes and backslashes escaped (RFC 7644 §3.4.2.2, JSON string rules). */
export function filterLiteral(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function isListResponse(body: unknown): body is { Resources?: unknown[]; totalResults?: number } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const b = body as Record<string, unknown>;
  return typeof b['totalResults'] === 'number' && (b['Resources'] === undefined || Array.isArray(b['Resources']));
}

export function isResource(body: unknown): body is Record<string, unknown> & { id: string } {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && typeof (body as Record<string, unknown>)['id'] === 'string';
}

export function resourcePath(kind: ObjectKind): '/Users' | '/Groups' {
  return kind === 'User' ? '/Users' : '/Groups';
}
