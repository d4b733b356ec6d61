export * from './types';
export { runTrial, MAX_GROUP_MEMBERS, type TrialInput, type TrialSubject } from './run-trial';
export { sourceDirectoryOf, type SourceDirectory } from './source-directory';
export { TransportError, SCIM_CONTENT_TYPE, type ScimTransport, type ScimRequest, type ScimResponse } from './transport';
export { buildPatch, buildActivePatch, buildMemberAdd, buildMemberRemove, type AttributeChange, type PatchBody } from './patch-ops';
export { TRIAL_INITIATOR } from './records';
