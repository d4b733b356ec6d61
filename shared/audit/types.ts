import type { CompiledExpression, ExprNode } from '../expressions';
import type { AttributeDefinition, AttributeMapping, ObjectDefinition, ObjectMapping } from '../graph/synchronization';
import type { ResourceProfile, VendorProfile } from '../scim/schema/types';
import type { RejectedAttribute } from './rules/rejected-attributes';

export type Severity = 'error' | 'warning' | 'info';

/** One problem the audit found, linked to the mapping it concerns. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  title: string;
  message: string;
  fixHint: string;
  objectMapping: string;
  /** Index of the attribute mapping in its object mapping, when the finding concerns one. */
  mappingIndex?: number;
  targetAttributeName?: string;
  /** Span in the mapping's expression text. */
  start?: number;
  end?: number;
}

/** An attribute mapping with its parsed and compiled expression. */
export interface MappingUnderAudit {
  index: number;
  mapping: AttributeMapping;
  expression: string | null;
  ast: ExprNode | null;
  compiled: CompiledExpression | null;
  parseError: { message: string; start: number; end: number } | null;
}

/** Facts about the app's assignments the audit cannot read from the schema. */
export interface AssignmentFacts {
  /** Users reachable only through nested groups (Entra does not provision them). */
  nestedOnlyUsers: number;
  /** Names of assigned groups that contain nested groups. */
  groupsWithNestedGroups: string[];
  /** Job setting "Sync all users and groups" instead of assigned only. */
  syncAll?: boolean;
  /** Users assigned with the Default Access role (no specific app role). */
  defaultAccessUsers?: number;
}

/** Everything a rule may look at for one object mapping. */
export interface LintContext {
  appName: string;
  templateId: string | null;
  profile: VendorProfile | null;
  /** `User` or `Group` (from the object mapping's source object). */
  objectKind: 'User' | 'Group';
  objectMapping: ObjectMapping;
  mappings: MappingUnderAudit[];
  /** The source directory's object definition (Entra ID attributes), when the schema has it. */
  sourceObject: ObjectDefinition | null;
  /** The target directory's object definition, when the schema has it. */
  targetObject: ObjectDefinition | null;
  /** The vendor profile's resource (SCIM attribute characteristics), when a profile applies. */
  profileResource: ResourceProfile | null;
  assignments: AssignmentFacts | null;
  /** Source objects to evaluate data-driven rules against (e.g. the sample users in scope). */
  sampleObjects: ReadonlyArray<Readonly<Record<string, unknown>>>;
  /** Source attributes the last tenant read could not get from Microsoft Graph, with the reason (absent for other sources). */
  graphUnreadableSources?: ReadonlyMap<string, string>;
  /** Target attributes the app rejected in recent provisioning-log records (from the workspace's logs). */
  rejectedAttributes?: readonly RejectedAttribute[];
}

export type FindingDraft = Omit<Finding, 'ruleId' | 'severity' | 'title' | 'objectMapping' | 'fixHint'> & { fixHint?: string; severity?: Severity };

export interface LintRule {
  /** Stable id; spec §9 numbers in `spec` where one applies. */
  id: string;
  spec?: string;
  severity: Severity;
  title: string;
  /** Default fix hint; a finding may refine it. */
  fixHint: string;
  check(ctx: LintContext): FindingDraft[];
}

export type { AttributeDefinition };
