import { expect, test } from './fixtures';
import { SignInPage } from './pages/SignInPage';

// Issue 18, item 11: a sign-in failure says what happened and what to do; the raw detail is behind Details.
// Nothing listens on port 9 of 127.0.0.1, so MSAL's request fails as it does without a network.
test.beforeAll(() => {
  process.env.PWB_AUTHORITY_ENDPOINT = 'http://127.0.0.1:9';
});
test.afterAll(() => {
  delete process.env.PWB_AUTHORITY_ENDPOINT;
});

test('a network failure at sign-in is explained in words, with the raw detail behind a Details toggle', async ({ workbench, page }) => {
  const signIn = new SignInPage(page);
  await workbench.openSection('Your tenant');
  await signIn.root.waitFor();
  await signIn.deviceCodeButton.click();
  const error = signIn.errorMessages.first();
  await expect(error).toBeVisible({ timeout: 30_000 });
  await expect(error).toContainText('Could not reach Microsoft');
  await expect(error).toContainText('internet connection');
  const detail = error.getByTestId('error-detail');
  await expect(detail).toBeHidden();
  const toggle = error.getByRole('button', { name: 'Details' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(detail).toBeVisible();
  await expect(detail).toContainText('Code:');
  await toggle.click();
  await expect(detail).toBeHidden();
});
