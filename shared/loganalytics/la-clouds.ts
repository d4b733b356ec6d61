/**
 * The Log Analytics query API per national cloud (Azure Monitor "request format" docs: the direct
 * URL is api.loganalytics.io / api.loganalytics.azure.com globally, api.loganalytics.us for US
 * Government and api.loganalytics.azure.cn for 21Vianet). The delegated scope is the resource's
 * `.default`, as the Azure SDK's LogsQueryClient asks for it.
 */
export const LA_CLOUDS = {
  Global: { endpoint: 'https://api.loganalytics.io', scope: 'https://api.loganalytics.io/.default' },
  USGov: { endpoint: 'https://api.loganalytics.us', scope: 'https://api.loganalytics.us/.default' },
  USGovDoD: { endpoint: 'https://api.loganalytics.us', scope: 'https://api.loganalytics.us/.default' },
  China: { endpoint: 'https://api.loganalytics.azure.cn', scope: 'https://api.loganalytics.azure.cn/.default' },
} as const;
export type LaCloudName = keyof typeof LA_CLOUDS;
export const LA_CLOUD_NAMES = Object.keys(LA_CLOUDS) as LaCloudName[];
