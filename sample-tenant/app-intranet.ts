import { DEFAULT_ACCESS_ROLE_ID } from '../shared/graph/service-principal';
import { assign, daysAgo, nonGalleryRoles, servicePrincipal } from './app-builders';
import type { SampleApp, SampleDirectory } from './sample-app';

/** A single-sign-on-only app: no provisioning job, so the product must cope with `jobs: []`. */
export function buildIntranet(directory: SampleDirectory): SampleApp {
  const sp = servicePrincipal({ key: 'intranet', displayName: 'Contoso Intranet', gallery: false, appRoles: nonGalleryRoles(), sso: 'saml', assignmentRequired: false });
  return {
    key: 'intranet',
    servicePrincipal: sp,
    assignments: [assign(sp, directory.group('allEmployees'), DEFAULT_ACCESS_ROLE_ID, daysAgo(directory.now, 1500))],
    templates: [],
    provisioning: null,
  };
}
