import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
} from 'playwright-core';

/** Debian's chromium (apt `chromium` + `fonts-noto-cjk`); playwright-core downloads no browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}

export const DESKTOP: BrowserContextOptions = {
  viewport: { width: 1366, height: 900 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
};

/** A phone the size of a common Android handset, touch enabled. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
};

/** A small Android phone (360×740): the phone page at a meeting must work on it. */
export const SMALL_PHONE: BrowserContextOptions = {
  ...PHONE,
  viewport: { width: 360, height: 740 },
};

export async function newContext(
  browser: Browser,
  baseURL: string,
  options: BrowserContextOptions = DESKTOP,
): Promise<BrowserContext> {
  const context = await browser.newContext({ ...options, baseURL });
  context.setDefaultTimeout(15_000);
  return context;
}

/**
 * A page on a slow rural link (≈ 400 kbit/s down, 400 ms round trip), counting the scripts it
 * loads and the bytes it transfers; its uncaught errors go to `pageErrors`.
 */
export async function slowLinkPage(context: BrowserContext, pageErrors: string[]) {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`portal: ${error.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: (400 * 1024) / 8,
    uploadThroughput: (200 * 1024) / 8,
  });
  const scripts: string[] = [];
  let transferred = 0;
  cdp.on('Network.responseReceived', (event: { type: string; response: { url: string } }) => {
    if (event.type === 'Script') scripts.push(event.response.url);
  });
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
    transferred += event.encodedDataLength;
  });
  return { page, scripts, transferred: () => transferred };
}
