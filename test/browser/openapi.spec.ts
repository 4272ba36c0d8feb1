import { expect, test } from '@playwright/test';
import { describeProblems, seriousViolations } from '../helpers/axe.js';

test.describe('HTTP API reference', () => {
  test('is reached from the navbar: index, then the spec overview', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Reference', exact: true }).hover();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'HTTP API', exact: true }).click();
    await expect(page).toHaveURL(/\/http-api$/);
    await expect(page.getByRole('heading', { level: 1, name: 'HTTP API reference' })).toBeVisible();
    await page.getByRole('link', { name: 'Task Service API' }).click();
    await expect(page).toHaveURL(/\/http-api\/task-service$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Task Service API' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'bearerAuth' })).toBeVisible();
    await expect(page.locator('tr[data-tag="Tasks"]')).toContainText('8');
  });

  test('an operation page shows its parameters table and response schema, and links to the schema page', async ({ page }) => {
    await page.goto('/http-api/task-service');
    const nav = page.getByRole('navigation', { name: 'Task Service API navigation' });
    await nav.getByRole('link', { name: 'Tasks', exact: true }).click();
    await expect(page).toHaveURL(/\/http-api\/task-service\/tasks$/);
    await nav.getByRole('link', { name: /List tasks/ }).click();
    await expect(page).toHaveURL(/\/http-api\/task-service\/tasks\/list-tasks$/);

    await expect(page.getByRole('heading', { level: 1, name: 'List tasks' })).toBeVisible();
    await expect(page.locator('[data-method="GET"]').first()).toHaveText('HTTP method GET');

    // Parameters table: in, name, type, required, description.
    const table = page.locator('table[data-parameters]');
    await expect(table.locator('thead th')).toHaveText(['In', 'Name', 'Type', 'Required', 'Description']);
    await expect(table.locator('tbody tr')).toHaveCount(4);
    const status = table.locator('tr[data-parameter="status"] td');
    await expect(status.nth(0)).toHaveText('query');
    await expect(status.nth(1)).toHaveText('status');
    await expect(status.nth(2)).toContainText('TaskStatus');
    await expect(status.nth(3)).toHaveText('no');
    await expect(status.nth(4)).toContainText('Only return tasks in this state.');
    await expect(status.nth(4)).toContainText('"in_progress"');
    await expect(table.locator('tr[data-parameter="limit"] td').nth(4)).toContainText('Default: 20');

    // The 200 response: its schema tree with the page's properties and the Task items inside.
    const ok = page.locator('section[data-response="200"]');
    await expect(ok.getByRole('heading', { level: 3, name: '200' })).toBeVisible();
    const tree = ok.locator('[data-schema-tree]').first();
    await expect(tree.locator(':scope > ul > li[data-property]')).toHaveCount(2);
    await expect(tree.locator('li[data-property="items"]').first()).toContainText('required');
    await expect(tree.locator('li[data-property="nextCursor"]')).toContainText('nullable');
    await expect(tree.locator('li[data-property="title"]').first()).toContainText('Short human-readable title.');
    await expect(page.getByText("curl \\", { exact: false }).first()).toBeVisible();

    // Follow the schema cross-link to the schema page, which links back to the operations using it.
    await tree.locator('a[data-schema-link="TaskPage"]').first().click();
    await expect(page).toHaveURL(/\/http-api\/task-service\/schemas\/TaskPage$/);
    await expect(page.getByRole('heading', { level: 1, name: 'TaskPage' })).toBeVisible();
    await expect(page.locator('li[data-property="nextCursor"]')).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: '/tasks', exact: true }).click();
    await expect(page).toHaveURL(/\/http-api\/task-service\/tasks\/list-tasks$/);
  });

  test('a schema that refers to others links to them, and the security scheme link lands on the overview', async ({ page }) => {
    await page.goto('/http-api/task-service/schemas/TaskEvent');
    await expect(page.getByText('One of:')).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'TaskCreatedEvent' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'TaskCreatedEvent' })).toBeVisible();
    await expect(page.locator('[data-used-by-schemas]')).toContainText('TaskEvent');

    await page.goto('/http-api/task-service/tasks/get-task');
    await page.locator('[data-security]').getByRole('link', { name: 'bearerAuth' }).click();
    await expect(page).toHaveURL(/\/http-api\/task-service#auth-bearer-auth$/);
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('operation pages are complete static HTML', async ({ page }) => {
      await page.goto('/http-api/task-service/comments/create-comment');
      await expect(page.getByRole('heading', { level: 1, name: 'Comment on a task' })).toBeVisible();
      await expect(page.locator('section[aria-labelledby="request-body"]')).toContainText('NewComment');
      await expect(page.locator('section[data-response="201"] a[data-schema-link="Comment"]').first()).toBeVisible();
    });
  });

  test('the overview, tag and schema pages have no serious accessibility problem', async ({ page }) => {
    // The index and an operation page are covered, in both colour schemes, by page-kinds.spec.ts.
    test.setTimeout(120_000);
    for (const path of ['/http-api/task-service', '/http-api/task-service/tasks', '/http-api/task-service/schemas', '/http-api/task-service/schemas/TaskEvent']) {
      await page.goto(path);
      expect(describeProblems(await seriousViolations(page)), path).toEqual([]);
    }
  });
});
