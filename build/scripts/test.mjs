// npm test: the whole suite, in the order that fails fastest. CI runs exactly this.
import { build } from './build.mjs';
import { ensureChromium } from './ensure-chromium.mjs';
import { bin, step } from './run.mjs';

await step('Type-check (tsc -b)', bin('tsc'), ['-b']);
await step('Lint (ESLint, zero warnings)', bin('eslint'), ['.', '--max-warnings', '0']);
await step('Unit and integration tests (Vitest)', bin('vitest'), ['run']);
await build();
const chromium = ensureChromium();
await step('End-to-end tests (Playwright, Chromium)', bin('playwright'), ['test'], { env: { ...process.env, CHROMIUM_PATH: chromium, PWB_E2E_SKIP_BUILD: '1' } });
console.log('\nAll checks passed.');
