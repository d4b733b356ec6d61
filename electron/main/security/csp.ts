export { RENDERER_CSP, RENDERER_CSP_DIRECTIVES, RENDERER_CSP_META, serializeCsp } from '../../../shared/security/csp';
