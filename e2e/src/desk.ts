import type { TestContext } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { VillageRole } from '@cunzhi/core/policies/actor';
import { DEMO_PASSWORD } from '@cunzhi/demo/accounts';
import { newContext } from './browser.ts';
import type { RunningServer } from './server.ts';
import { screenshot } from './artifacts.ts';
import { demoLogin } from './demo.ts';
import { VillageApi } from './api.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { VillageHomePage } from './pages/VillageHomePage.ts';

/** One cadre at their own desk: a browser context signed in through the UI, and its API. */
export interface Desk {
  context: BrowserContext;
  page: Page;
  api: VillageApi;
}

/** Signs a demo account in through the sign-in page; page errors go to `pageErrors`. */
export async function openDesk(
  browser: Browser,
  server: RunningServer,
  role: VillageRole,
  pageErrors: string[],
): Promise<Desk> {
  const login = demoLogin(server, role);
  const context = await newContext(browser, server.baseURL);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${role}: ${error.message}`));
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signInAs(login.phone, login.password);
  const home = new VillageHomePage(page);
  await home.waitForLoad();
  return { context, page, api: new VillageApi(page.request, home.villageId()) };
}

/**
 * A town official (a staff account: no home in the village), signed in and sent to the
 * village's pages: the town's acts on a village (its accountant, its approvals).
 */
export async function openStaffDesk(
  browser: Browser,
  server: RunningServer,
  villageId: string,
  pageErrors: string[],
): Promise<Desk> {
  const login = demoLogin(server, 'townOfficial');
  const context = await newContext(browser, server.baseURL);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`townOfficial: ${error.message}`));
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signInAs(login.phone, login.password);
  return { context, page, api: new VillageApi(page.request, villageId) };
}

/**
 * Any account by its phone number (a town department's official, a resident), signed in at its
 * own browser context — a phone-sized one with `viewport` — with the demo password.
 */
export async function signedInPage(
  browser: Browser,
  server: RunningServer,
  phone: string,
  pageErrors: string[],
  viewport?: Parameters<typeof newContext>[2],
): Promise<Page> {
  const context = await newContext(browser, server.baseURL, viewport);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${phone}: ${error.message}`));
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signInAs(phone, DEMO_PASSWORD);
  return page;
}

/** When a step fails, what each page was showing. */
export async function screenshotOnFailure(
  context: TestContext,
  pages: Record<string, Page | undefined>,
) {
  if (context.task.result?.state !== 'fail') return;
  const test = context.task.name.replace(/[^\w\u4e00-\u9fff]+/g, '-').slice(0, 40);
  for (const [name, page] of Object.entries(pages))
    if (page && !page.isClosed())
      await screenshot(page, `failed-${test}-${name}`).catch(() => undefined);
}
