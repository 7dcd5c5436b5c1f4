import { eq, sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { leads } from '../../src/modules/leads/tables.js';
import { projectTasks } from '../../src/modules/pipeline/tables.js';
import {
  type ApiSession,
  apiLogin,
  browserPages,
  E2E_OFFICER_EMAIL,
  type Stack,
  seriousViolations,
  signIn,
  startStackWithAdmin,
  submitLeadByApi,
} from './browser.js';

const ADMIN_EMAIL = 'e2e.inbox.admin@test.medzone.local';
const RUN = Date.now().toString(36);
/** In every project and company name of this file. */
// Characters the same in simplified and traditional writing, so that zh-TW pages show it unchanged.
const TOKEN = `收件E2E${RUN}`;
const DIRECTION = 'specialty_medical_devices';

let stack: Stack;
let officer: ApiSession;
const ids = { overdueTask: 0, laterTask: 0, leadId: 0 };
let leadReference = '';

async function createProject(name: string): Promise<number> {
  const res = await officer.send('POST', '/api/projects', { name, companyName: `${name}有限公司` });
  if (res.status !== 201) throw new Error(`project: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: number }).id;
}

async function moveProject(id: number, body: Record<string, unknown>): Promise<void> {
  const res = await officer.send('POST', `/api/projects/${id}/stage`, body);
  if (res.status !== 200) throw new Error(`move: ${res.status} ${await res.text()}`);
}

/** Takes a new project to signed: every administrator is told (the investment pipeline's stage action). */
async function signProject(name: string): Promise<void> {
  const id = await createProject(name);
  for (const to of ['site_visit', 'negotiating']) await moveProject(id, { to });
  await moveProject(id, { to: 'signed', signedAmountWan: 12000 });
}

/** The task a move to site_visit gave a project (default-pipelines.ts: due in 3 days). */
async function taskOf(projectId: number): Promise<number> {
  const [task] = await stack.database.db
    .select({ id: projectTasks.id })
    .from(projectTasks)
    .where(eq(projectTasks.projectId, projectId));
  if (!task) throw new Error(`no task for project ${projectId}`);
  return task.id;
}

beforeAll(async () => {
  stack = await startStackWithAdmin({ email: ADMIN_EMAIL, displayName: '通知管理员' }, DIRECTION);
  officer = await apiLogin(stack, E2E_OFFICER_EMAIL);

  // Two site visits: one task made overdue (as if the visit were days ago), one due in three days.
  const visited = await createProject(`${TOKEN} 逾期考察`);
  await moveProject(visited, { to: 'site_visit' });
  ids.overdueTask = await taskOf(visited);
  await stack.database.db
    .update(projectTasks)
    .set({ dueOn: sql`current_date - 2` })
    .where(eq(projectTasks.id, ids.overdueTask));
  const later = await createProject(`${TOKEN} 新近考察`);
  await moveProject(later, { to: 'site_visit' });
  ids.laterTask = await taskOf(later);

  // A lead of the officer's, past its contact deadline.
  leadReference = await submitLeadByApi(stack, {
    companyName: `${TOKEN} 逾期线索公司`,
    direction: DIRECTION,
  });
  const [lead] = await stack.database.db
    .update(leads)
    .set({ contactDueAt: sql`now() - interval '1 day'` })
    .where(eq(leads.reference, leadReference))
    .returning({ id: leads.id });
  ids.leadId = lead!.id;

  // One signing: the administrator's first notice.
  await signProject(`${TOKEN} 签约一`);
});

afterAll(async () => {
  await stack?.close();
});

const pages = browserPages(() => stack);

afterEach(async () => {
  expect(await pages.closeAll()).toEqual([]);
});

/** Nothing in the page is wider than the window (the header wraps rather than scrolls sideways). */
async function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

async function unreadOf(page: Page): Promise<number> {
  const res = await page.request.get(`${stack.baseUrl}/api/inbox`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { unread: number }).unread;
}

describe('my work: tasks and overdue leads', () => {
  it('an officer sees how many tasks are due, ticks the overdue one off, and finds the overdue lead', async () => {
    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/workbench/tasks`);
    await page.waitForURL(/\/login\?redirect=/);
    await signIn(page, E2E_OFFICER_EMAIL);
    await page.getByTestId('tasks-table').waitFor();

    // The header counts the overdue task only (the other is due in three days).
    const link = page.getByTestId('tasks-link');
    expect(await link.getAttribute('href')).toBe('/workbench/tasks');
    expect(await link.getAttribute('aria-current')).toBe('page');
    await expect.poll(() => link.getAttribute('data-due')).toBe('1');
    expect(await link.getAttribute('aria-label')).toBe('待办，1 项今日到期或已逾期');
    expect(await link.locator('.ant-badge').innerText()).toBe('1');

    const table = page.getByTestId('tasks-table');
    await expect.poll(() => table.innerText()).toContain(`${TOKEN} 新近考察`);
    expect(await table.innerText()).toContain(`考察后跟进：${TOKEN} 逾期考察`);
    expect(await page.getByTestId(`task-overdue-${ids.overdueTask}`).innerText()).toBe('已逾期');
    expect(await page.getByTestId(`task-overdue-${ids.laterTask}`).count()).toBe(0);

    // The overdue lead links to its page.
    const leadLink = page.getByTestId(`overdue-lead-${leadReference}`);
    expect(await leadLink.getAttribute('href')).toBe(`/workbench/leads/${ids.leadId}`);
    expect(await page.getByTestId('overdue-leads-table').innerText()).toContain(`${TOKEN} 逾期线索公司`);
    expect(await page.getByTestId('tasks-everyone').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // Done: the row goes, the count drops, and the server agrees.
    const done = page.getByTestId(`task-done-${ids.overdueTask}`);
    expect(await done.getAttribute('aria-label')).toBe(`完成任务：考察后跟进：${TOKEN} 逾期考察`);
    await done.click();
    await page.getByTestId(`task-done-${ids.overdueTask}`).waitFor({ state: 'detached' });
    await expect.poll(() => link.getAttribute('data-due')).toBe('0');
    // The count fades out.
    await expect.poll(() => link.locator('.ant-badge-count').count()).toBe(0);
    const tasks = await page.request.get(`${stack.baseUrl}/api/tasks`);
    const open = ((await tasks.json()) as { items: { id: number }[] }).items.map((t) => t.id);
    expect(open).toContain(ids.laterTask);
    expect(open).not.toContain(ids.overdueTask);
    expect(await table.innerText()).toContain(`${TOKEN} 新近考察`);

    await leadLink.click();
    await page.waitForURL(`**/workbench/leads/${ids.leadId}`);
    await page.getByText(leadReference).first().waitFor();
  });

  it('reads in zh-TW and fits a 390 px wide phone', async () => {
    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/login?redirect=/workbench/tasks`);
    await signIn(page, E2E_OFFICER_EMAIL);
    await page.getByTestId('tasks-table').waitFor();
    await page.getByTestId('lang-option-zh-TW').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('我的待辦');
    expect(await page.getByTestId('tasks-link').innerText()).toContain('待辦');
    await expect.poll(() => page.getByTestId('tasks-table').innerText()).toContain('考察後跟進');
    expect(await seriousViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('inbox-bell').waitFor();
    expect(await overflowsSideways(page)).toBe(false);
  });
});

describe('the inbox bell', () => {
  it('shows an administrator the unread count; opening the notice marks it read and goes to its link', async () => {
    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/login`);
    await signIn(page, ADMIN_EMAIL);
    const bell = page.getByTestId('inbox-bell');
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('通知，1 条未读');
    expect(await bell.locator('.ant-badge-count').innerText()).toBe('1');
    expect(await page.getByRole('button', { name: '通知，1 条未读' }).count()).toBe(1);

    await bell.click();
    const panel = page.getByTestId('inbox-panel');
    await panel.waitFor();
    expect(await bell.getAttribute('aria-expanded')).toBe('true');
    const notice = panel.locator('.inbox-item-unread').first();
    // Keyboard users are taken into the list (it is rendered at the end of the page).
    await expect.poll(() => notice.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await notice.innerText()).toContain(`项目已签约：${TOKEN} 签约一`);
    expect(await notice.innerText()).toContain('未读');
    expect(await seriousViolations(page)).toEqual([]);

    await notice.click();
    await page.waitForURL(/\/workbench\/pipeline\?pipeline=investment$/);
    await page.getByTestId('pipeline-board').waitFor();
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('通知，没有未读');
    await expect.poll(() => bell.locator('.ant-badge-count').count()).toBe(0);
    expect(await unreadOf(page)).toBe(0);

    // Read notices stay listed, unmarked.
    await bell.click();
    await panel.waitFor();
    expect(await panel.locator('.inbox-item-unread').count()).toBe(0);
    expect(await panel.innerText()).toContain(`${TOKEN} 签约一`);
    expect(await panel.getByTestId('inbox-mark-all').count()).toBe(0);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
  });

  it('marks all read at once, reads in zh-TW, and lets an administrator see everyone’s tasks', async () => {
    await signProject(`${TOKEN} 签约二`);
    await signProject(`${TOKEN} 签约三`);
    const page = await pages.open();
    await page.goto(`${stack.baseUrl}/login?redirect=/workbench/tasks`);
    await signIn(page, ADMIN_EMAIL);
    await page.getByTestId('tasks-table').waitFor();
    await page.getByTestId('lang-option-zh-TW').click();
    const bell = page.getByTestId('inbox-bell');
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('通知，2 則未讀');

    await bell.click();
    const panel = page.getByTestId('inbox-panel');
    await expect.poll(() => panel.innerText()).toContain(`項目已簽約：${TOKEN}`);
    expect(await panel.locator('.inbox-item-unread').count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    await panel.getByTestId('inbox-mark-all').click();
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('通知，沒有未讀');
    expect(await panel.locator('.inbox-item-unread').count()).toBe(0);
    expect(await unreadOf(page)).toBe(0);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    // The administrator has no task of their own; the switch shows the officer's (kept in the URL).
    expect(await page.getByTestId(`task-done-${ids.laterTask}`).count()).toBe(0);
    await page.getByTestId('tasks-everyone').click();
    await page.waitForURL(/[?&]all=true/);
    await page.getByTestId(`task-done-${ids.laterTask}`).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: '所有人的追蹤任務' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // The administrators' header is the longest: it still fits a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await bell.waitFor();
    expect(await overflowsSideways(page)).toBe(false);
    // The open list stays on the screen too.
    await bell.click();
    await panel.waitFor();
    await expect
      .poll(async () => {
        const box = await panel.boundingBox();
        return !!box && box.x >= 0 && box.x + box.width <= 390;
      })
      .toBe(true);
    expect(await overflowsSideways(page)).toBe(false);
  });
});
