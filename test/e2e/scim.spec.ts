import type { AddressInfo } from 'node:net';
import net from 'node:net';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ScimEndpointPage } from './pages/ScimEndpointPage';
import { repoRoot } from './support/paths';

const shots = path.join(repoRoot, 'test-results/screens');

async function shoot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  // The header is sticky: grow the viewport to the whole page instead of a scrolled full-page capture.
  const normal = page.viewportSize() ?? { width: 1440, height: 1000 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: normal.width, height: Math.max(normal.height, height) });
  await page.screenshot({ path: path.join(shots, `scim-${name}.png`), animations: 'disabled' });
  await page.setViewportSize(normal);
}

async function scim(tenantUrl: string, token: string, method: string, pathAndQuery: string, body?: unknown) {
  const response = await fetch(tenantUrl + pathAndQuery, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/scim+json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

test.describe('Local SCIM endpoint screen', () => {
  test.use({ viewport: { width: 1440, height: 1000 } });

  test('starts with a profile, shows URL and token, logs live traffic with bodies, browses data, regenerates, stops and resets', async ({ workbench, page }) => {
    const endpoint = new ScimEndpointPage(page);
    await endpoint.open();
    await expect(endpoint.state).toHaveText('Stopped');
    await expect(endpoint.token).toHaveAttribute('type', 'password');
    await endpoint.chooseProfile('OfficeRnD Workplace');
    await endpoint.start.click();
    await expect(endpoint.state).toHaveText('Running');
    const tenantUrl = await endpoint.tenantUrl.inputValue();
    expect(tenantUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/scim\/v2$/);
    const token = await endpoint.revealedToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // A client sends Entra-like traffic; the screen reflects it without any click.
    const user = await scim(tenantUrl, token, 'POST', '/Users', { userName: 'ada@contoso.com', externalId: 'oid-ada', active: true, displayName: 'Ada' });
    expect(user.status).toBe(201);
    const group = await scim(tenantUrl, token, 'POST', '/Groups', { displayName: 'Design', description: 'Design team' });
    expect((await scim(tenantUrl, token, 'PATCH', `/Groups/${group.json.id}`, { Operations: [{ op: 'Add', path: 'members', value: [{ value: user.json.id }] }] })).status).toBe(204);
    expect((await scim(tenantUrl, 'wrong-token', 'GET', '/Users')).status).toBe(401);
    await expect(endpoint.logRows).toHaveCount(4);
    await expect(endpoint.counts).toContainText('1 user(s) · 1 group(s)');

    await endpoint.logRows.filter({ hasText: 'POST' }).filter({ hasText: '/Users' }).click();
    await expect(endpoint.logDetail).toContainText('"userName": "ada@contoso.com"');
    await expect(endpoint.logDetail).toContainText('"status": "Active"');
    await shoot(page, 'running-light');

    await endpoint.chooseOutcome('Failed (4xx/5xx)');
    await expect(endpoint.logRows).toHaveCount(1);
    await expect(endpoint.logRows.first()).toContainText('401');
    await endpoint.chooseOutcome('Any outcome');

    await endpoint.resourceRows.filter({ hasText: 'ada@contoso.com' }).click();
    await expect(endpoint.resourceJson).toContainText('"primaryTeam"');
    await workbench.setTheme('dark');
    await shoot(page, 'running-dark');
    await workbench.setTheme('light');

    // Regenerating takes effect at once: the old token is refused, the new one works.
    await endpoint.confirm('Regenerate', 'Regenerate');
    await expect(endpoint.token).toHaveAttribute('type', 'password');
    const fresh = await endpoint.revealedToken();
    expect(fresh).not.toBe(token);
    const newUrl = await endpoint.tenantUrl.inputValue();
    expect((await scim(newUrl, token, 'GET', '/Users')).status).toBe(401);
    expect((await scim(newUrl, fresh, 'GET', '/Users')).status).toBe(200);

    await endpoint.stop.click();
    await expect(endpoint.state).toHaveText('Stopped');
    await expect(endpoint.tenantUrl).toHaveValue('Start the endpoint to get its URL');
    await endpoint.confirm('Reset…', 'Delete everything');
    await expect(endpoint.counts).toContainText('0 user(s) · 0 group(s) · 0 request(s)');
    await shoot(page, 'stopped-light');
  });

  test('says what to do when the port is taken, and starts from the keyboard', async ({ workbench, page }) => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as AddressInfo).port;
    try {
      const endpoint = new ScimEndpointPage(page);
      await endpoint.open();
      await endpoint.port.fill(String(taken));
      await endpoint.start.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('scim-failure')).toContainText(`Port ${taken} is already in use`);
      await expect(endpoint.state).toHaveText('Stopped');
      await endpoint.port.fill('0');
      await endpoint.start.focus();
      await page.keyboard.press('Enter');
      await expect(endpoint.state).toHaveText('Running');
      await expect(page.getByTestId('scim-failure')).toBeHidden();
      expect(await workbench.errorMessages.count()).toBe(0);
    } finally {
      blocker.close();
    }
  });
});
