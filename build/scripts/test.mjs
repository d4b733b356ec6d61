// npm test: the whole suite, in the order that fails fastest. CI runs exactly this.
import { build } from './build.mjs';
import { distCheck } from './dist-check.mjs';
import { ensureChromium } from './ensure-chromium.mjs';
import { bin, step } from './run.mjs';

await step('Type-check (tsc -b)', bin('tsc'), ['-b']);
await step('Lint (ESLint, zero warnings)', bin('eslint'), ['.', '--max-warnings', '0']);
await step('Unit and integration tests (Vitest)', bin('vitest'), ['run']);
await build();
console.log('\n▶ Packaging check (electron-builder --linux dir against a placeholder Electron)');
await distCheck({ skipBuild: true }).catch((error) => {
  console.error(`✖ Packaging check failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
const chromium = ensureChromium();
await step('End-to-end tests (Playwright, Chromium)', bin('playwright'), ['test'], { env: { ...process.env, CHROMIUM_PATH: chromium, PWB_E2E_SKIP_BUILD: '1' } });
console.log('\nAll checks passed.');
