import { AppError } from '../../../shared/errors';

/** The national clouds (graph-facts §2.14); GCC (not High) uses Global. */
export const CLOUD_NAMES = ['Global', 'USGov', 'USGovDoD', 'China', 'Custom'] as const;
export type CloudName = (typeof CLOUD_NAMES)[number];

export interface CloudEndpoints {
  name: CloudName;
  displayName: string;
  /** https://login.microsoftonline.com: MSAL's authority host. */
  authorityHost: string;
  /** https://graph.microsoft.com: scopes and requests use this host. */
  graphEndpoint: string;
  /** Whether `/auditLogs/provisioning` exists in this cloud. */
  provisioningLogs: boolean;
}

export const CLOUDS: Record<Exclude<CloudName, 'Custom'>, CloudEndpoints> = {
  Global: { name: 'Global', displayName: 'Global (commercial, GCC)', authorityHost: 'https://login.microsoftonline.com', graphEndpoint: 'https://graph.microsoft.com', provisioningLogs: true },
  USGov: { name: 'USGov', displayName: 'US Government L4 (GCC High)', authorityHost: 'https://login.microsoftonline.us', graphEndpoint: 'https://graph.microsoft.us', provisioningLogs: true },
  USGovDoD: { name: 'USGovDoD', displayName: 'US Government L5 (DoD)', authorityHost: 'https://login.microsoftonline.us', graphEndpoint: 'https://dod-graph.microsoft.us', provisioningLogs: true },
  China: { name: 'China', displayName: 'China (21Vianet)', authorityHost: 'https://login.chinacloudapi.cn', graphEndpoint: 'https://microsoftgraph.chinacloudapi.cn', provisioningLogs: false },
};

export interface CustomEndpoints {
  authorityHost: string;
  graphEndpoint: string;
}

/** Accepts cloud names case-insensitively, plus the common aliases (`AzureUSGovernment`, `GCCHigh`, `DoD`, `AzureChina`). */
export function parseCloudName(value: string): CloudName {
  const key = value.trim().toLowerCase().replace(/[\s_-]/g, '');
  const aliases: Record<string, CloudName> = {
    global: 'Global', public: 'Global', azurecloud: 'Global', commercial: 'Global', gcc: 'Global',
    usgov: 'USGov', gcchigh: 'USGov', azureusgovernment: 'USGov', usgovernment: 'USGov',
    usgovdod: 'USGovDoD', dod: 'USGovDoD',
    china: 'China', azurechina: 'China', azurechinacloud: 'China',
    custom: 'Custom',
  };
  const name = aliases[key];
  if (!name) throw new AppError('BAD_REQUEST', `Unknown cloud "${value}". Use one of: ${CLOUD_NAMES.join(', ')}.`);
  return name;
}

export function cloudEndpoints(name: CloudName, custom?: CustomEndpoints): CloudEndpoints {
  if (name !== 'Custom') return CLOUDS[name];
  if (!custom) throw new AppError('BAD_REQUEST', 'The custom cloud needs an authority host and a Graph endpoint.');
  return {
    name,
    displayName: 'Custom endpoints',
    authorityHost: requireHttpsOrigin(custom.authorityHost, 'authority host'),
    graphEndpoint: requireHttpsOrigin(custom.graphEndpoint, 'Graph endpoint'),
    provisioningLogs: true,
  };
}

function requireHttpsOrigin(value: string, what: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AppError('BAD_REQUEST', `The ${what} "${value}" is not a URL.`);
  }
  if (url.protocol !== 'https:') throw new AppError('BAD_REQUEST', `The ${what} must use https.`);
  return url.origin;
}
