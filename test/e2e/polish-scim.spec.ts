import { expect, test } from './fixtures';
import { ScimEndpointPage } from './pages/ScimEndpointPage';

// Issue 18, item 7: honest wording about what the local endpoint is for, and a readable request log.
test.use({ viewport: { width: 1280, height: 720 } });

async function scim(tenantUrl: string, token: string, method: string, pathAndQuery: string, body?: unknown) {
  const response = await fetch(tenantUrl + pathAndQuery, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/scim+json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as { id: string }) : undefined };
}

test('the page says the endpoint serves trial syncs and local clients, and that Entra needs a public HTTPS URL', async ({ page, workbench }) => {
  const endpoint = new ScimEndpointPage(page);
  await endpoint.open();
  await expect(endpoint.root).toContainText('Trial sync');
  await expect(endpoint.root).toContainText('on this computer');
  const note = page.getByTestId('scim-entra-note');
  await expect(note).toContainText('cannot reach 127.0.0.1');
  await expect(note).toContainText('public HTTPS URL');
  await expect(note).toContainText('does not create one');
  // It no longer tells the admin to paste the loopback URL into Entra.
  await expect(endpoint.root).not.toContainText(/Paste its Tenant URL/i);
  await expect(endpoint.root).not.toContainText(/Entra's Test Connection/i);
  // No empty half-width placeholder beside an empty log.
  await expect(endpoint.logDetail).toHaveCount(0);
  void workbench;
});

test('the request log decodes queries, keeps paths on one line and says which user or group each request touched', async ({ page, workbench }) => {
  const endpoint = new ScimEndpointPage(page);
  await endpoint.open();
  await endpoint.start.click();
  await expect(endpoint.state).toHaveText('Running');
  const tenantUrl = await endpoint.tenantUrl.inputValue();
  const token = await endpoint.revealedToken();
  const user = await scim(tenantUrl, token, 'POST', '/Users', { userName: 'ada@contoso.com', externalId: 'oid-ada', active: true, displayName: 'Ada Lovelace', name: { givenName: 'Ada', familyName: 'Lovelace' } });
  expect(user.status).toBe(201);
  await scim(tenantUrl, token, 'GET', `/Users?filter=${encodeURIComponent('userName eq "ada@contoso.com"')}`);
  await scim(tenantUrl, token, 'PATCH', `/Users/${user.json!.id}`, { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', path: 'active', value: false }] });
  await expect(endpoint.logRows).toHaveCount(3);
  await expect(endpoint.logDetail).toHaveCount(0);

  const lookup = endpoint.logRows.filter({ hasText: 'GET' });
  await expect(lookup.getByTestId('scim-log-path-cell')).toContainText('filter=userName eq "ada@contoso.com"');
  await expect(lookup.getByTestId('scim-log-touched')).toContainText('ada@contoso.com');
  await expect(endpoint.logRows.filter({ hasText: 'PATCH' }).getByTestId('scim-log-touched')).toHaveText(/User (Ada Lovelace|ada@contoso.com)/);
  await expect(endpoint.logRows.filter({ hasText: 'POST' }).getByTestId('scim-log-touched')).toHaveText('New user');

  // Paths stay on one line (shortened, full text on hover).
  for (const cell of await endpoint.logRows.getByTestId('scim-log-path-cell').all()) {
    const { height, lineHeight } = await cell.evaluate((el) => ({ height: el.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(el).lineHeight) || 16 }));
    expect(height).toBeLessThan(lineHeight * 2 + 16);
    await expect(cell).toHaveAttribute('title', /\/Users/);
  }
  await lookup.click();
  await expect(endpoint.logDetail).toBeVisible();
  await expect(endpoint.logDetail).toContainText('filter=userName eq "ada@contoso.com"');
  void workbench;
});
