import { expect, test } from './fixtures';
import { SAMPLE } from './support/sample';

test('the quarantined app shows a calm quarantine banner with its reason', async ({ workbench }) => {
  const detail = await workbench.openApp(SAMPLE.quarantine.app);
  const banner = detail.overview.quarantineBanner;
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Provisioning is in quarantine');
  await expect(banner).toContainText(SAMPLE.quarantine.reason);
  await expect(banner).toContainText('Next attempt');
  await expect(workbench.appOption(SAMPLE.quarantine.app)).toContainText('Quarantine');
});

test('a healthy app shows its schedule in words and its last cycle', async ({ workbench }) => {
  const detail = await workbench.openApp(SAMPLE.apps.howspace);
  await expect(detail.overview.quarantineBanner).toHaveCount(0);
  await expect(detail.overview.schedule.first()).toHaveText(/^every \d+ minutes$|^not scheduled$/);
  await expect(detail.overview.lastCycle.first()).toContainText('Began');
});
