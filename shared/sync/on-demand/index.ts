export * from './types';
export { onDemandRule, provisionOnDemandBody, isOAuthAuthorizedApp, refusalOf, ON_DEMAND_RATE, type OnDemandSubject, type ProvisionOnDemandBody, type GuardInput } from './request';
export { parseOnDemandResponse } from './parse-response';
export { comparableFromRun, comparableFromActual, entraWord } from './comparable';
export { compareOnDemand, type CompareInput } from './compare';
export { fidelityReport, type ReportContext } from './report';
