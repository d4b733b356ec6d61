import type { ExprNode } from '../ast';
import type { Value } from '../values';

/** Non-deterministic and target-dependent inputs, injected so previews and tests are repeatable. */
export interface EvaluationEnvironment {
  /** Current instant (epoch milliseconds) for Now(). */
  now(): number;
  /** Uniform random number in [0, 1) for Guid() and RandomString(). */
  random(): number;
  /** SelectUniqueValue: whether the target system already holds this value. */
  targetValueExists(value: string): boolean;
  /** DefaultDomain(): the tenant's default verified domain, when known. */
  defaultDomain?: string | undefined;
}

/** Where a function comes from; anything but `documented` is flagged by the linter (L19). */
export type FunctionStatus = 'documented' | 'undocumented' | 'cloud-sync';

export interface ParameterDefinition {
  /** Key used in Graph's `attributeMappingSource.parameters`. */
  key: string;
  required: boolean;
  /** The parameter takes every remaining positional argument. */
  repeats: boolean;
}

/** An argument slot: `undefined` when the slot was left empty (`Replace([x], , "re", …)`). */
export type Argument = Value | undefined;

export interface FunctionDefinition {
  name: string;
  signature: string;
  summary: string;
  status: FunctionStatus;
  parameters: ParameterDefinition[];
  minArgs: number;
  maxArgs: number;
  /** Compile-time checks beyond arity; returns an error message. */
  validate?: (args: ReadonlyArray<ExprNode | null>) => string | undefined;
  /** Non-deterministic (Guid, Now, RandomString) or target-dependent: never cached by previews. */
  volatile?: boolean;
  call(args: Argument[], env: EvaluationEnvironment): Value;
}
