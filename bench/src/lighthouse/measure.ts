import type { LhAudit, LhResult, LighthouseTool, PuppeteerBrowser } from './tool.ts';
import type { VillagerPages } from './setup.ts';

/** A page the villager opens on a phone, measured signed in (or not) in normal or 长辈 mode. */
export interface MeasuredPage {
  id: string;
  title: string;
  path: (p: VillagerPages) => string;
  signedIn: boolean;
  largeType: boolean;
}

/** The villager, phone and public pages of issue 9 item 21 (the portal: server-drawn, no script). */
export const PAGES: MeasuredPage[] = [
  {
    id: 'sign-in',
    title: '登录 sign-in (public)',
    path: () => '/sign-in',
    signedIn: false,
    largeType: false,
  },
  {
    id: 'portal',
    title: '公开页 public portal (no account)',
    path: (p) => `/p/${p.villageId}`,
    signedIn: false,
    largeType: false,
  },
  {
    id: 'portal-notice',
    title: '公开页的公告 a notice on the public portal',
    path: (p) => `/p/${p.villageId}/n/${p.noticeId}`,
    signedIn: false,
    largeType: false,
  },
  {
    id: 'my-home',
    title: '我的首页 my-home',
    path: (p) => `/v/${p.villageId}`,
    signedIn: true,
    largeType: false,
  },
  {
    id: 'notices',
    title: '公告列表 notices',
    path: (p) => `/v/${p.villageId}/notices`,
    signedIn: true,
    largeType: false,
  },
  {
    id: 'notice',
    title: '公告 a notice',
    path: (p) => `/v/${p.villageId}/notices/${p.noticeId}`,
    signedIn: true,
    largeType: false,
  },
  {
    id: 'meeting-me',
    title: '会场手机页 phone at a meeting',
    path: (p) => `/v/${p.villageId}/meetings/${p.meetingId}/me`,
    signedIn: true,
    largeType: false,
  },
  {
    id: 'my-home-large',
    title: '我的首页 my-home, 长辈模式',
    path: (p) => `/v/${p.villageId}`,
    signedIn: true,
    largeType: true,
  },
  {
    id: 'notice-large',
    title: '公告 a notice, 长辈模式',
    path: (p) => `/v/${p.villageId}/notices/${p.noticeId}`,
    signedIn: true,
    largeType: true,
  },
  {
    id: 'meeting-me-large',
    title: '会场手机页 phone at a meeting, 长辈模式',
    path: (p) => `/v/${p.villageId}/meetings/${p.meetingId}/me`,
    signedIn: true,
    largeType: true,
  },
];

/** One Lighthouse run of one page, as the report shows it. */
export interface PageScore {
  accessibility: number;
  performance: number;
  /** Milliseconds (simulated mobile: slow 4G, 4× CPU slowdown). */
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /** Bytes the page transferred. */
  transferBytes: number;
  /** Accessibility audits that failed, with up to three of their elements. */
  accessibilityFailures: Array<{ id: string; title: string; nodes: string[] }>;
  /** Performance audits that did not pass, worst first (opportunities with their savings). */
  performanceHints: Array<{ id: string; title: string; display: string }>;
  warnings: string[];
  finalUrl: string;
  /** Lighthouse's measure of this machine's CPU during the run (a quiet desktop: ~1,500+; below 1,000 Lighthouse warns). */
  benchmarkIndex: number;
}

const LARGE_TYPE_KEY = 'cunzhi.largeType';
const SESSION_COOKIE = 'cunzhi_session';

function numeric(audits: Record<string, LhAudit>, id: string): number {
  return Math.round(audits[id]?.numericValue ?? Number.NaN);
}

function nodesOf(audit: LhAudit): string[] {
  return (audit.details?.items ?? [])
    .slice(0, 3)
    .map((item) => {
      const node = item.node as { selector?: string; snippet?: string } | undefined;
      return node?.selector ?? node?.snippet ?? '';
    })
    .filter((s) => s !== '');
}

export function scoreOf(lhr: LhResult): PageScore {
  const { audits, categories } = lhr;
  const category = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const accessibilityFailures = (categories.accessibility?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => audits[ref.id])
    .filter((a): a is LhAudit => a !== undefined && a.score !== null && a.score < 1)
    .map((a) => ({ id: a.id, title: a.title, nodes: nodesOf(a) }));
  const performanceHints = Object.values(audits)
    .filter(
      (a) =>
        a.score !== null &&
        a.score < 0.9 &&
        (a.scoreDisplayMode === 'metricSavings' || a.scoreDisplayMode === 'numeric') &&
        ![
          'first-contentful-paint',
          'largest-contentful-paint',
          'speed-index',
          'interactive',
        ].includes(a.id),
    )
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
    .slice(0, 6)
    .map((a) => ({ id: a.id, title: a.title, display: a.displayValue ?? '' }));
  return {
    accessibility: category('accessibility'),
    performance: category('performance'),
    fcpMs: numeric(audits, 'first-contentful-paint'),
    lcpMs: numeric(audits, 'largest-contentful-paint'),
    tbtMs: numeric(audits, 'total-blocking-time'),
    cls: Math.round((audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
    speedIndexMs: numeric(audits, 'speed-index'),
    transferBytes: numeric(audits, 'total-byte-weight'),
    accessibilityFailures,
    performanceHints,
    warnings: lhr.runWarnings,
    finalUrl: lhr.finalDisplayedUrl,
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
  };
}

/**
 * Runs Lighthouse once on `page` in a fresh browser context: the villager's
 * session cookie when signed in, 长辈模式 stored on the device (localStorage,
 * as the switch stores it) when asked. Lighthouse's mobile preset: a Moto G
 * Power sized screen, simulated slow 4G and a 4× slower CPU; it clears the
 * browser cache before loading but keeps cookies and localStorage.
 */
export async function measurePage(
  tool: LighthouseTool,
  browser: PuppeteerBrowser,
  baseURL: string,
  pages: VillagerPages,
  page: MeasuredPage,
  /** Lighthouse's simulated CPU slowdown; undefined: the mobile preset's 4×. */
  cpuSlowdown?: number,
): Promise<{ score: PageScore; lhr: LhResult }> {
  const context = await browser.createBrowserContext();
  try {
    const { hostname } = new URL(baseURL);
    if (page.signedIn)
      await context.setCookie({
        name: SESSION_COOKIE,
        value: pages.session,
        domain: hostname,
        path: '/',
        httpOnly: true,
        sameSite: 'Lax',
      });
    const tab = await context.newPage();
    // the device's preference, as the 长辈模式 switch stores it (a same-origin page to write it from)
    await tab.goto(`${baseURL}/api/health`);
    await tab.evaluate(
      ([key, value]) => {
        (
          globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
        ).localStorage.setItem(key, value);
      },
      [LARGE_TYPE_KEY, page.largeType ? '1' : '0'] as const,
    );
    const result = await tool.lighthouse(
      `${baseURL}${page.path(pages)}`,
      {
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        formFactor: 'mobile',
        locale: 'en-US',
        ...(cpuSlowdown === undefined
          ? {}
          : { throttling: { cpuSlowdownMultiplier: cpuSlowdown } }),
      },
      undefined,
      tab,
    );
    if (!result) throw new Error(`${page.id}: Lighthouse returned no result`);
    const { lhr } = result;
    if (lhr.runtimeError)
      throw new Error(`${page.id}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return { score: scoreOf(lhr), lhr };
  } finally {
    await context.close();
  }
}
