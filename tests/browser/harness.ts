import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import handler from 'serve-handler';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// ROLEBOOK_BUILD_DIR points the tests at another build (for example `docusaurus build --out-dir /tmp/x`).
export const BUILD_DIR = resolve(process.env.ROLEBOOK_BUILD_DIR ?? resolve(import.meta.dirname, '../../build'));

/** Serves build/ (or another build folder) on 127.0.0.1 under basePath, the way a static host does (clean URLs). */
export async function serveBuild(basePath = '/', dir = BUILD_DIR): Promise<{ server: Server; origin: string }> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no site: run \`npm run build\` first`);
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(basePath)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    req.url = '/' + url.slice(basePath.length);
    // No trailingSlash rule: like GitHub Pages, /en/ serves en/index.html without a redirect.
    void handler(req, res, { public: dir, cleanUrls: true });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: run npm run setup:chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    // playwright-core starts every launch with a fresh, temporary user data dir.
  });
}

/** Records every request that leaves 127.0.0.1, so a test can assert there are none. */
export function watchThirdPartyRequests(context: BrowserContext): string[] {
  const outside: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') outside.push(request.url());
  });
  return outside;
}

/** The built site served on 127.0.0.1 and a fresh browser context watching for outside requests. */
export interface Site {
  origin: string;
  context: BrowserContext;
  /** Requests that left 127.0.0.1 (a test asserts there are none). */
  outside: string[];
  close(): Promise<void>;
}

export async function openSite(basePath = '/', dir = BUILD_DIR): Promise<Site> {
  const { server, origin } = await serveBuild(basePath, dir);
  const browser: Browser = await launchChromium();
  const context = await browser.newContext();
  return {
    origin,
    context,
    outside: watchThirdPartyRequests(context),
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/** Waits until React has hydrated the page: before that, clicks on tabs do nothing and stored choices are not applied yet. */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForSelector('html[data-has-hydrated="true"]', { timeout: 15_000 });
}

/**
 * For one test file: serves the build and starts a browser before its tests, and closes both after them.
 * `open` loads a path and waits for hydration, failing on a status other than 200.
 */
export function useSite(options: { clipboard?: boolean } = {}): { site: () => Site; open: (path: string) => Promise<Page> } {
  let site: Site | undefined;
  before(async () => {
    site = await openSite();
    if (options.clipboard) await site.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  });
  after(async () => {
    await site?.close();
  });
  const current = () => {
    if (!site) throw new Error('the site is opened in before(): use it inside a test');
    return site;
  };
  return {
    site: current,
    open: async (path) => {
      const page = await current().context.newPage();
      const response = await page.goto(current().origin + path, { waitUntil: 'networkidle' });
      if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
      await hydrated(page);
      return page;
    },
  };
}
