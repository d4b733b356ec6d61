/** RFC 7643 §7 attribute characteristics, as a vendor profile declares them. */
export type AttributeType = 'string' | 'boolean' | 'decimal' | 'integer' | 'dateTime' | 'reference' | 'complex' | 'binary';
export type Mutability = 'readOnly' | 'readWrite' | 'immutable' | 'writeOnly';
export type Returned = 'always' | 'never' | 'default' | 'request';
export type Uniqueness = 'none' | 'server' | 'global';

export interface AttributeDefinition {
  name: string;
  type: AttributeType;
  multiValued: boolean;
  required: boolean;
  caseExact: boolean;
  mutability: Mutability;
  returned: Returned;
  uniqueness: Uniqueness;
  /** Whether the vendor lets clients filter on it (a matching attribute must be filterable). */
  filterable: boolean;
  description?: string;
  canonicalValues?: readonly string[];
  referenceTypes?: readonly string[];
  subAttributes?: readonly AttributeDefinition[];
}

export interface SchemaDefinition {
  /** The schema URN, e.g. urn:ietf:params:scim:schemas:core:2.0:User. */
  id: string;
  name: string;
  description: string;
  attributes: readonly AttributeDefinition[];
}

export type ResourceTypeName = 'User' | 'Group';

export interface ResourceProfile {
  name: ResourceTypeName;
  endpoint: '/Users' | '/Groups';
  description: string;
  /** RFC 7643 §3.1 common attributes (id, externalId, meta), which belong to no schema. */
  common: readonly AttributeDefinition[];
  schema: SchemaDefinition;
  extensions: ReadonlyArray<{ schema: SchemaDefinition; required: boolean }>;
}

export interface VendorBehaviours {
  /** DELETE /Users/{id} marks the user Former (inactive, kept, still returned) instead of deleting it. */
  deleteMarksFormer: boolean;
  /** A member's first group is its primary team, later groups additional teams (profile extension). */
  primaryTeamFromFirstGroup: boolean;
  /** userName must be an email address (and, as always, unique). */
  userNameMustBeEmail: boolean;
  /** Group members may only reference users, never groups. */
  groupMembersUsersOnly: boolean;
  /**
   * Group members must name an existing user or group (a vendor's referential integrity). Off for the
   * generic profile: RFC 7644 leaves it to the service provider, and SCIM test collections add members
   * whose ids this endpoint never saw.
   */
  memberReferentialIntegrity: boolean;
}

export interface VendorProfile {
  id: string;
  displayName: string;
  /** One sentence on where the profile's facts come from. */
  description: string;
  resources: Readonly<Record<ResourceTypeName, ResourceProfile>>;
  behaviours: VendorBehaviours;
}
