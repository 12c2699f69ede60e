// The dashboard's benchmark: serves a built dist/ under a sub-path (gzip, strict CSP), then in
// headless Chromium measures the bytes of a cold load, the time to the first chart painted
// against a plain baseline page holding the same chart, the theme switch, and Lighthouse.
// Run it through scripts/bench, which builds the release and installs what this needs;
// `node bench/run.mjs --help` lists the options. What each figure means: BENCHMARKS.md.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');

// ---------------------------------------------------------------------------------------------
// Options

const USAGE = `usage: node bench/run.mjs [options]   (normally through scripts/bench)

  --root DIR          the checkout that was built; its commit is recorded (default: this repo)
  --dist DIR          the built site to serve (default: ROOT/dist)
  --page PATH         the default page, relative to dist (default: index.html)
  --embed-url PATH    the chart embed, relative to dist, may carry a query
                      (default: embed-chart-industry-growth.zh.html; before pre-rendering:
                      'index.html?embed=1&chart=industry-growth')
  --tab SELECTOR      the tab clicked for the theme switch (default: [role=tab][data-theme=rural])
  --label TEXT        the heading of the section written to BENCHMARKS.md (default: the commit)
  --runs N            loads per median (default 7, at least 1)
  --lighthouse-runs N Lighthouse runs, the median of each figure is kept (default 3, 0 skips)
  --out FILE          the markdown file the results are appended to (default: BENCHMARKS.md
                      of this repo)
  --only LIST         measure only these, comma-separated: bytes, paint, theme, lighthouse
  --no-write          print only, append nothing
  --save-baselines DIR  also write the two baseline pages there, to look at
  --save-lighthouse DIR also write each Lighthouse report there (JSON), to see what took time
  --chromium PATH     the browser (default: $CHROME_PATH or /usr/bin/chromium)
  --no-build          accepted and ignored here (scripts/bench reads it)
`;

function parseArgs(argv) {
  const o = {
    root: REPO, dist: null, page: 'index.html', embedUrl: 'embed-chart-industry-growth.zh.html',
    tab: '[role=tab][data-theme=rural]', label: null, runs: 7, lighthouseRuns: 3,
    out: path.join(REPO, 'BENCHMARKS.md'), write: true,
    chromium: process.env.CHROME_PATH || '/usr/bin/chromium',
  };
  const value = (i, name) => {
    if (i + 1 >= argv.length) fail(`${name} needs a value\n\n${USAGE}`);
    return argv[i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case '--root': o.root = path.resolve(value(i, a)); i++; break;
      case '--dist': o.dist = path.resolve(value(i, a)); i++; break;
      case '--page': o.page = value(i, a); i++; break;
      case '--embed-url': o.embedUrl = value(i, a); i++; break;
      case '--tab': o.tab = value(i, a); i++; break;
      case '--label': o.label = value(i, a); i++; break;
      case '--runs': o.runs = Math.max(1, parseInt(value(i, a), 10) || 0); i++; break;
      case '--save-lighthouse': o.saveLighthouse = path.resolve(value(i, a)); i++; break;
      case '--lighthouse-runs': o.lighthouseRuns = Math.max(0, parseInt(value(i, a), 10) || 0); i++; break;
      case '--out': o.out = path.resolve(value(i, a)); i++; break;
      case '--no-write': o.write = false; break;
      case '--save-baselines': o.saveBaselines = path.resolve(value(i, a)); i++; break;
      case '--only': {
        o.only = new Set(value(i, a).split(',').map((x) => x.trim()).filter(Boolean)); i++;
        const bad = [...o.only].filter((x) => !['bytes', 'paint', 'theme', 'lighthouse'].includes(x));
        if (bad.length || !o.only.size) fail(`--only takes bytes, paint, theme, lighthouse; not ${bad.join(', ') || 'nothing'}`);
        break;
      }
      case '--chromium': o.chromium = value(i, a); i++; break;
      case '--no-build': break;
      case '--check-options': o.checkOnly = true; break;   // scripts/bench, before it builds
      case '-h': case '--help': process.stdout.write(USAGE); process.exit(0);
      default: fail(`unknown option ${a}\n\n${USAGE}`);
    }
  }
  o.dist = o.dist || path.join(o.root, 'dist');
  o.only = o.only || new Set(['bytes', 'paint', 'theme', 'lighthouse']);
  if (o.lighthouseRuns === 0) o.only.delete('lighthouse');
  return o;
}

class BenchError extends Error {}
function fail(message) { throw new BenchError(message); }

// ---------------------------------------------------------------------------------------------
// Conditions

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
  + "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'";
const MOUNT = '/dashboard/';     // the site is served under this sub-path
const BASE = '/baseline/';       // the baseline pages
const VIEWPORT = { width: 1280, height: 800, deviceScaleFactor: 1 };
const SLOW_MOBILE = {             // DevTools throttling: 150 ms added to every request
  latency: 150, download: 1.6e6 / 8, upload: 750e3 / 8,
};
const CPU_SLOWDOWN = 4;
const LOAD_TIMEOUT = 60_000;
const WHOLE_RUN_TIMEOUT = 20 * 60_000;
const GZIP_LEVEL = 6;             // on-the-fly compression, as common servers do by default
const CHROMIUM_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];
const CHART = 'svg.chart-svg';   // what "a chart" is, on the dashboard and on the baselines

// ---------------------------------------------------------------------------------------------
// The server: dist/ under MOUNT, gzip-compressed, with the CSP; baselines under BASE.

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.png': 'image/png',
  '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json', '.xml': 'application/xml',
};
const compressible = (type) => /^(text\/|application\/(wasm|json|manifest\+json|xml)|image\/svg)/.test(type);

class Site {
  constructor(dist) {
    this.dist = dist;
    this.baselines = new Map();   // name → html
    this.extra = new Map();       // name under MOUNT → html (a document without its script)
    this.cache = new Map();       // file → { raw, gzip, gzipFrom }
  }

  // The bytes a file is served as: raw and gzip (a precompressed FILE.gz if dist/ has one, as
  // nginx's gzip_static would send, else compressed here).
  body(file) {
    let entry = this.cache.get(file);
    if (!entry) {
      const raw = fs.readFileSync(file);
      let gzip; let gzipFrom;
      if (fs.existsSync(file + '.gz')) {
        gzip = fs.readFileSync(file + '.gz'); gzipFrom = '.gz';
      } else {
        gzip = zlib.gzipSync(raw, { level: GZIP_LEVEL }); gzipFrom = `level ${GZIP_LEVEL}`;
      }
      entry = { raw, gzip, gzipFrom };
      this.cache.set(file, entry);
    }
    return entry;
  }

  resolve(pathname) {
    if (pathname.startsWith(BASE)) {
      const name = pathname.slice(BASE.length);
      return this.baselines.has(name) ? { baseline: name } : null;
    }
    if (!pathname.startsWith(MOUNT)) return null;
    let rel;
    try { rel = decodeURIComponent(pathname.slice(MOUNT.length)); } catch { return null; }
    if (this.extra.has(rel)) return { extra: rel };
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(this.dist, rel);
    if (!file.startsWith(this.dist + path.sep)) return null;
    try { if (!fs.statSync(file).isFile()) return null; } catch { return null; }
    return { file };
  }

  handle(req, res) {
    const url = new URL(req.url, 'http://x');
    const headers = {
      'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache', Vary: 'Accept-Encoding',
    };
    if (url.pathname === MOUNT.slice(0, -1)) {
      res.writeHead(301, { ...headers, Location: MOUNT, 'Content-Length': 0 }); res.end(); return;
    }
    const found = req.method === 'GET' || req.method === 'HEAD' ? this.resolve(url.pathname) : null;
    if (!found) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain', 'Content-Length': 0 });
      res.end(); return;
    }
    let type; let body;
    if (found.baseline || found.extra) {
      const html = found.baseline ? this.baselines.get(found.baseline) : this.extra.get(found.extra);
      type = TYPES['.html']; body = { raw: Buffer.from(html) };
      body.gzip = zlib.gzipSync(body.raw, { level: GZIP_LEVEL });
    } else {
      type = TYPES[path.extname(found.file).toLowerCase()] || 'application/octet-stream';
      body = this.body(found.file);
    }
    const gzip = compressible(type) && /\bgzip\b/.test(req.headers['accept-encoding'] || '');
    const bytes = gzip ? body.gzip : body.raw;
    res.writeHead(200, {
      ...headers, 'Content-Type': type, 'Content-Length': bytes.length,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  }

  listen() {
    return new Promise((resolve, reject) => {
      this.server = http.createServer((req, res) => {
        try { this.handle(req, res); } catch (e) { res.writeHead(500); res.end(String(e)); }
      });
      this.sockets = new Set();
      this.server.on('connection', (s) => { this.sockets.add(s); s.on('close', () => this.sockets.delete(s)); });
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => {
        this.origin = `http://127.0.0.1:${this.server.address().port}`;
        resolve(this.origin);
      });
    });
  }

  close() {
    if (!this.server) return;
    for (const s of this.sockets) s.destroy();
    this.server.close();
    this.server = null;
  }
}

// ---------------------------------------------------------------------------------------------
// The probe, injected with Page.addScriptToEvaluateOnNewDocument (so the page's CSP does not
// apply to it) into every timed load, identical on the dashboard and the baselines.
// At each animation frame it looks for a chart with a non-zero box; at the first frame that has
// one it waits for the next frame (the one after the chart was painted) and reports that time,
// performance.now() since navigation start, through a CDP binding. A MutationObserver spares the
// layout queries until a chart element is in the DOM.

function probeSource(selector) {
  return `(() => {
  const sel = ${JSON.stringify(selector)};
  const b = { chartFound: null, chartPainted: null, fcp: null, csp: [], chart: null };
  Object.defineProperty(window, '__bench', { value: b });
  let inDom = false;
  new MutationObserver((_, mo) => {
    if (document.querySelector(sel)) { inDom = true; mo.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('securitypolicyviolation', (e) => {
    b.csp.push(e.violatedDirective + ' ' + (e.blockedURI || ''));
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch (_) {}
  const frame = () => {
    if (inDom || document.querySelector(sel)) {
      inDom = true;
      for (const svg of document.querySelectorAll(sel)) {
        const r = svg.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) {
          b.chartFound = performance.now();
          const ancestors = [];
          for (let e = svg.parentElement; e && e !== document.body && e !== document.documentElement; e = e.parentElement) {
            ancestors.unshift({ tag: e.localName, cls: e.getAttribute('class') || '' });
          }
          const root = document.documentElement;
          b.chart = { html: svg.outerHTML, label: svg.closest('figure')?.querySelector('h3')?.textContent ?? svg.getAttribute('aria-label'),
                      dataWidth: svg.getAttribute('data-width'), width: r.width, height: r.height,
                      ancestors, lang: root.getAttribute('lang') || '',
                      rootAttrs: [...root.attributes].filter((a) => a.name.startsWith('data-') && a.name !== 'data-app')
                        .map((a) => [a.name, a.value]) };
          requestAnimationFrame(() => {
            b.chartPainted = performance.now();
            if (typeof window.__benchReport === 'function') window.__benchReport('painted');
          });
          return;
        }
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;
}

// ---------------------------------------------------------------------------------------------
// Browser helpers

let puppeteer;
async function launch(o, extraArgs = []) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-chromium-'));
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: o.chromium, headless: true, userDataDir, protocolTimeout: 120_000,
      args: [...CHROMIUM_FLAGS, ...extraArgs], defaultViewport: VIEWPORT, timeout: 60_000,
    });
  } catch (e) {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    fail(`Chromium did not start (${o.chromium}): ${e.message.split('\n')[0]}`);
  }
  const close = async () => {
    try { await withTimeout(browser.close(), 10_000, 'closing Chromium'); } catch {
      try { browser.process()?.kill('SIGKILL'); } catch {}
    }
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  openBrowsers.add(close);
  return { browser, close: async () => { openBrowsers.delete(close); await close(); } };
}
const openBrowsers = new Set();

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new BenchError(`timed out after ${ms / 1000} s: ${what}`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// One cold load in a fresh browser context (its own HTTP cache, code cache and connections),
// until the probe reports the first chart painted.
async function timedLoad(browser, url, { slow, selector = CHART }) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    const cdp = await page.createCDPSession();
    await cdp.send('Runtime.enable');
    await cdp.send('Runtime.addBinding', { name: '__benchReport' });
    const painted = new Promise((resolve) => {
      cdp.on('Runtime.bindingCalled', (e) => { if (e.name === '__benchReport') resolve(); });
    });
    await cdp.send('Page.enable');
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: probeSource(selector) });
    if (slow) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: SLOW_MOBILE.latency,
        downloadThroughput: SLOW_MOBILE.download, uploadThroughput: SLOW_MOBILE.upload,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    }
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e.message || e)));
    page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT }).catch(() => {});
    try {
      await withTimeout(painted, LOAD_TIMEOUT, `first chart (${selector}) painted on ${url}`);
    } catch (e) {
      if (errors.length) e.message += `\n  page errors: ${errors.join(' | ')}`;
      throw e;
    }
    const b = await page.evaluate(() => window.__bench);
    return { ms: b.chartPainted, found: b.chartFound, fcp: b.fcp, csp: b.csp, chart: b.chart };
  } finally {
    await context.close().catch(() => {});
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// ---------------------------------------------------------------------------------------------
// (a) Bytes of a cold load: every request until the load is settled (the load event, the app
// marked as started or 3 s, then a second with no request in flight).

async function coldLoadBytes(browser, site, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', (e) => {
      if (e.request.url.startsWith('data:')) return;
      requests.set(e.requestId, { url: e.request.url, type: e.type, order: requests.size, initiator: e.initiator?.type });
    });
    cdp.on('Network.responseReceived', (e) => {
      const r = requests.get(e.requestId);
      if (!r) return;
      const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
      Object.assign(r, { status: e.response.status, mime: e.response.mimeType,
        encoding: h['content-encoding'] || '', csp: h['content-security-policy'] || '', fromCache: e.response.fromDiskCache });
    });
    cdp.on('Network.loadingFinished', (e) => { const r = requests.get(e.requestId); if (r) r.wire = e.encodedDataLength; });
    cdp.on('Network.loadingFailed', (e) => { const r = requests.get(e.requestId); if (r) r.failed = e.errorText; });
    await cdp.send('Network.enable');
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: probeSource(CHART) });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e.message || e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    const appAt = await waitForApp(page);
    await page.waitForNetworkIdle({ idleTime: 1000, timeout: LOAD_TIMEOUT }).catch(() => {});
    const probe = await page.evaluate(() => window.__bench);
    const rows = [...requests.values()].sort((a, b) => a.order - b.order).map((r) => {
      const u = new URL(r.url);
      const found = u.origin === site.origin ? site.resolve(u.pathname) : null;
      const row = { name: u.pathname.startsWith(MOUNT) ? u.pathname.slice(MOUNT.length) + u.search || '(page)' : u.pathname,
        type: r.type === 'Other' && r.initiator === 'other' && /\.(svg|ico|png)$/.test(u.pathname) ? 'Icon (by the browser)' : /\.wasm$/.test(u.pathname) ? 'Wasm' : r.type,
        status: r.status ?? (r.failed || '?'), encoding: r.encoding, wire: r.wire ?? 0, url: r.url,
        raw: 0, gzip: 0, brotli: 0, gzipFrom: '' };
      if (found && found.file) {
        const body = site.body(found.file);
        row.raw = body.raw.length;
        row.gzip = compressible(TYPES[path.extname(found.file).toLowerCase()] || '') ? body.gzip.length : body.raw.length;
        row.gzipFrom = body.gzipFrom;
        row.brotli = brotli(found.file, body.raw);
      }
      return row;
    });
    return { rows, appAt, errors, csp: probe?.csp || [], chartPainted: probe?.chartPainted };
  } finally {
    await context.close().catch(() => {});
  }
}

const brotliCache = new Map();
function brotli(file, raw) {
  if (!brotliCache.has(file)) {
    brotliCache.set(file, zlib.brotliCompressSync(raw, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }).length);
  }
  return brotliCache.get(file);
}

// After the load event: until <html data-app> (the app has taken over), or 3 s. Returns the
// time the attribute was seen (ms since navigation start), or null.
async function waitForApp(page) {
  const until = Date.now() + 3000;
  while (Date.now() < until) {
    const t = await page.evaluate(() => (document.documentElement.hasAttribute('data-app') ? performance.now() : null));
    if (t !== null) return t;
    await sleep(25);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// (d) Theme switch, CPU slowed 4×: from the click to the first painted frame with the tab
// selected (rAF, then a task).

async function themeSwitch(browser, url, selector, runs, settle) {
  const context = await browser.createBrowserContext();
  const times = []; const handlers = []; const rafs = [];
  let appSeen = false;
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e.message || e)));
    for (let i = 0; i < runs + 1; i++) {    // the first is a warm-up
      await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
      if ((await waitForApp(page)) !== null) appSeen = true;
      // Settled: nothing more on the network for half a second (what the app brings in after
      // its start has arrived); otherwise the click comes right after the start.
      if (settle) await page.waitForNetworkIdle({ idleTime: 500, timeout: LOAD_TIMEOUT }).catch(() => {});
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await sleep(200);
      const before = page.url();
      const ms = await withTimeout(page.evaluate(async (sel) => {
        window.__sameDocument = true;
        const tab = document.querySelector(sel);
        if (!tab) return { error: `no element matches ${sel}` };
        const t0 = performance.now();
        tab.click();
        const handled = performance.now();
        // The first frame in which the tab is selected: the app may still be bringing in the
        // theme's document when the next frame starts.
        let raf;
        const t1 = await new Promise((r) => {
          const frame = () => {
            if (tab.getAttribute('aria-selected') !== 'true') return requestAnimationFrame(frame);
            raf = performance.now();
            setTimeout(() => r(performance.now()), 0);
          };
          requestAnimationFrame(frame);
        });
        return { ms: t1 - t0, handler: handled - t0, raf: raf - t0, selected: tab.getAttribute('aria-selected') };
      }, selector), 20_000, 'theme switch');
      if (ms.error) fail(`theme switch: ${ms.error} on ${url}`);
      await sleep(100);
      const same = await page.evaluate(() => window.__sameDocument === true).catch(() => false);
      if (!same) fail(`theme switch: clicking ${selector} loaded another document (from ${before} to ${page.url()}); the app did not handle the click`);
      if (ms.selected !== 'true') fail(`theme switch: ${selector} is not aria-selected after the click`);
      if (i > 0) { times.push(ms.ms); handlers.push(ms.handler); rafs.push(ms.raf); }
    }
    return { times, handlers, rafs, appSeen, errors };
  } finally {
    await context.close().catch(() => {});
  }
}

// The hardest switch: to the theme whose panel holds the most charts, from the document of
// the theme with the fewest, found on the page itself once the app has brought in every panel.
async function heaviestSwitch(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    await waitForApp(page);
    await page.waitForNetworkIdle({ idleTime: 500, timeout: LOAD_TIMEOUT }).catch(() => {});
    const tabs = await page.evaluate(() => [...document.querySelectorAll('[role=tab][data-theme]')].map((t) => ({
      theme: t.dataset.theme, href: t.href,
      charts: document.getElementById(t.getAttribute('aria-controls'))?.querySelectorAll('figure.chart').length ?? -1,
    })));
    if (tabs.length < 2 || tabs.some((t) => t.charts < 0)) {
      fail(`theme switch: the app on ${url} did not bring in every theme's panel (${JSON.stringify(tabs)})`);
    }
    const sorted = [...tabs].sort((a, b) => b.charts - a.charts);
    const [to, from] = [sorted[0], sorted[sorted.length - 1]];
    return { url: from.href, selector: `[role=tab][data-theme=${to.theme}]`, to, from };
  } finally {
    await context.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// (e) Lighthouse, mobile (its default: Moto G Power viewport, simulated slow 4G, CPU 4×).

async function runLighthouse(o, url) {
  let lighthouse;
  try { lighthouse = (await import('lighthouse')).default; } catch (e) {
    fail(`lighthouse is not installed in bench/ (run: npm ci --prefix bench): ${e.message}`);
  }
  const runs = [];
  for (let i = 0; i < o.lighthouseRuns; i++) {
    const { browser, close } = await launch(o);
    try {
      const port = Number(new URL(browser.wsEndpoint()).port);
      const result = await withTimeout(lighthouse(url, {
        port, output: 'json', logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      }), 180_000, 'Lighthouse');
      const lhr = result.lhr;
      if (o.saveLighthouse) {
        fs.mkdirSync(o.saveLighthouse, { recursive: true });
        fs.writeFileSync(path.join(o.saveLighthouse, `lighthouse-${i + 1}.json`), JSON.stringify(lhr));
      }
      if (lhr.runtimeError) fail(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const score = (k) => Math.round((lhr.categories[k]?.score ?? NaN) * 100);
      const audit = (k) => lhr.audits[k]?.numericValue ?? NaN;
      const failing = Object.values(lhr.categories).flatMap((c) => c.auditRefs
        .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
        .map((r) => {
          const a = lhr.audits[r.id];
          if (c.id === 'performance') return `${c.id}: ${r.id}`;
          const item = a.details?.items?.[0] || {};
          const pick = (v) => (v && typeof v === 'object' ? v.snippet || v.url || '' : v || '');
          const what = [item.description || pick(item.source) || pick(item.node) || item.url || '',
            item.subItems?.items?.[0]?.reason || ''].filter(Boolean).join(': ').slice(0, 160);
          return `${c.id}: ${r.id} (${a.title}${a.explanation ? '; ' + a.explanation : ''}${what ? '; e.g. ' + what : ''})`;
        }));
      runs.push({
        performance: score('performance'), accessibility: score('accessibility'),
        bestPractices: score('best-practices'), seo: score('seo'),
        cls: audit('cumulative-layout-shift'), lcp: audit('largest-contentful-paint'),
        fcp: audit('first-contentful-paint'), tbt: audit('total-blocking-time'),
        version: lhr.lighthouseVersion, failing, warnings: lhr.runWarnings || [],
      });
    } finally {
      await close();
    }
  }
  return runs;
}

// ---------------------------------------------------------------------------------------------
// Baseline pages: a plain HTML document holding the very chart the page painted first, as
// inline SVG, linking the dashboard's stylesheet (the chart's colours are its CSS variables and
// its size is set there), and nothing else.

function baselineHtml(chart, stylesheetHref) {
  const esc = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const rootAttrs = chart.rootAttrs.map(([k, v]) => ` ${k}="${esc(v)}"`).join('');
  const open = chart.ancestors.map((a) => `<${a.tag}${a.cls ? ` class="${esc(a.cls)}"` : ''}>`).join('');
  const close = [...chart.ancestors].reverse().map((a) => `</${a.tag}>`).join('');
  return `<!doctype html>
<html lang="${esc(chart.lang || 'zh-CN')}"${rootAttrs}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Baseline: one chart as inline SVG</title>
${stylesheetHref ? `<link rel="stylesheet" href="${esc(stylesheetHref)}">\n` : ''}</head>
<body>
${open}
${chart.html}
${close}
</body>
</html>
`;
}

// The dashboard's own document without its script tags, served beside it (same directory,
// same stylesheet): what the page's first paint costs without the app's code, so that the
// ratio to the baseline splits into what the content costs and what the code costs.
const noScriptName = (key) => `bench-${key}-without-script.html`;
const withoutScripts = (html) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');

function stylesheetOf(dist, page) {
  const file = path.join(dist, page.split(/[?#]/)[0]);
  const html = fs.readFileSync(file, 'utf8');
  const m = html.match(/<link\b[^>]*rel="?stylesheet"?[^>]*>/i);
  const href = m && m[0].match(/href="([^"]+)"/i);
  return href ? href[1].replace(/^\.\//, '') : null;
}

// ---------------------------------------------------------------------------------------------
// Output

const kb = (n) => (n / 1000).toFixed(1);
const ms0 = (n) => (n == null || Number.isNaN(n) ? '–' : Math.round(n).toLocaleString('en-US'));
const num = (n) => n.toLocaleString('en-US');

function bytesTable(rows) {
  const lines = [
    '| file | type | status | raw | gzip | brotli q11 | on the wire |',
    '|---|---|---|--:|--:|--:|--:|',
  ];
  // What the app fetches once it runs (the other themes' documents, for instant switching and
  // printing) is not part of the cold load: listed after it, with a total of its own. The wasm
  // is part of it, however it is requested (a preload link, or the start-up script's fetch).
  const later = (r) => r.type === 'Fetch';   // (the wasm's row is typed 'Wasm')
  const sum = (part, label) => {
    const t = { raw: 0, gzip: 0, brotli: 0, wire: 0 };
    const seen = new Set();
    let again = 0;
    for (const r of rows.filter(part)) {
      const dup = seen.has(r.url);
      seen.add(r.url);
      lines.push(`| \`${r.name}\`${dup ? ' (again)' : ''} | ${r.type} | ${r.status}${r.encoding ? ' ' + r.encoding : ''} | ${num(r.raw)} | ${num(r.gzip)} | ${num(r.brotli)} | ${num(r.wire)} |`);
      t.wire += r.wire;
      if (dup) { again++; continue; }
      for (const k of ['raw', 'gzip', 'brotli']) t[k] += r[k];
    }
    const count = rows.filter(part).length;
    lines.push(`| **${label}, ${seen.size} files${again ? `, ${count} requests` : ''}** | | | **${num(t.raw)}** (${kb(t.raw)} KB) | **${num(t.gzip)}** (${kb(t.gzip)} KB) | **${num(t.brotli)}** (${kb(t.brotli)} KB) | ${num(t.wire)} (${kb(t.wire)} KB) |`);
    return t;
  };
  const total = sum((r) => !later(r), 'total');
  const afterStart = rows.some(later) ? sum(later, 'fetched by the app after its start') : null;
  return { text: lines.join('\n'), total, afterStart };
}

function machine(o) {
  const sh = (cmd, args, cwd) => { try { return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trimEnd(); } catch { return ''; } };
  const cpu = (fs.readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m) || [])[1]?.trim() || os.cpus()[0]?.model || '?';
  const commit = sh('git', ['rev-parse', '--short', 'HEAD'], o.root) || '?';
  const changed = sh('git', ['status', '--porcelain', '--untracked-files=no'], o.root).split('\n').filter(Boolean).map((l) => l.slice(3));
  const dirty = changed.length ? ` (with uncommitted changes to ${changed.slice(0, 4).join(', ')}${changed.length > 4 ? ` and ${changed.length - 4} more` : ''})` : '';
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), nproc: sh('nproc', []) || String(os.cpus().length),
    cpu, memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`, commit, dirty, node: process.version,
    load: os.loadavg()[0].toFixed(2), nice: os.getPriority(),
  };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.checkOnly) return;
  const started = Date.now();
  const log = (...a) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...a);

  if (!fs.existsSync(path.join(o.dist, o.page.split(/[?#]/)[0]))) fail(`${path.join(o.dist, o.page)} does not exist: build first (trunk build --release --offline) or give --dist`);
  if (!fs.existsSync(path.join(o.dist, o.embedUrl.split(/[?#]/)[0]))) fail(`${path.join(o.dist, o.embedUrl.split(/[?#]/)[0])} does not exist: give the embed with --embed-url (before pre-rendering: 'index.html?embed=1&chart=industry-growth')`);
  if (!fs.existsSync(o.chromium)) fail(`no Chromium at ${o.chromium}: apt-get install chromium (scripts/install-tools does), or set CHROME_PATH`);
  try { puppeteer = (await import('puppeteer-core')).default; } catch (e) {
    fail(`puppeteer-core is not installed in bench/ (run: npm ci --prefix bench): ${e.message}`);
  }

  const m = machine(o);
  // A copy of dist/, so that a rebuild during the run cannot mix files of two builds.
  const snapshot = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-dist-'));
  cleanups.push(() => fs.rmSync(snapshot, { recursive: true, force: true }));
  fs.cpSync(o.dist, snapshot, { recursive: true });
  const site = new Site(fs.realpathSync(snapshot));
  const origin = await site.listen();
  cleanups.push(() => site.close());
  const pageUrl = origin + MOUNT + o.page;
  const embedUrl = origin + MOUNT + o.embedUrl;
  log(`serving ${o.dist} at ${origin}${MOUNT} (gzip, CSP); page ${o.page}, embed ${o.embedUrl}`);

  const { browser, close } = await launch(o);
  const chromiumVersion = await browser.version();
  const results = { machine: m, chromium: chromiumVersion, bytes: {}, paint: {}, baselineCharts: {} };
  try {
    // The charts the page and the embed paint first become the baselines.
    for (const [key, url, source] of o.only.has('paint') ? [['page', pageUrl, o.page], ['embed', embedUrl, o.embedUrl]] : []) {
      const first = await timedLoad(browser, url, { slow: false });
      const css = stylesheetOf(site.dist, source);
      site.baselines.set(`${key}.html`, baselineHtml(first.chart, css ? `..${MOUNT}${css}` : null));
      if (o.saveBaselines) fs.writeFileSync(path.join(o.saveBaselines, `baseline-${key}.html`), site.baselines.get(`${key}.html`));
      results.baselineCharts[key] = { label: first.chart.label, dataWidth: first.chart.dataWidth,
        box: `${Math.round(first.chart.width)}×${Math.round(first.chart.height)}`, css };
      const check = await timedLoad(browser, `${origin}${BASE}${key}.html`, { slow: false });
      const box = (c) => `${Math.round(c.width)}×${Math.round(c.height)}`;
      if (box(check.chart) !== box(first.chart)) {
        results.baselineCharts[key].mismatch = `the baseline draws it at ${box(check.chart)} px`;
        log(`note: the baseline's chart is ${box(check.chart)} px, the page's ${box(first.chart)} px`);
      }
      log(`baseline for ${key}: "${first.chart.label}" (data-width ${first.chart.dataWidth ?? '–'}, ${results.baselineCharts[key].box} px)`);
      site.extra.set(noScriptName(key), withoutScripts(fs.readFileSync(path.join(site.dist, source.split(/[?#]/)[0]), 'utf8')));
    }

    // (a) bytes
    for (const [key, url] of o.only.has('bytes') ? [['page', pageUrl], ['embed', embedUrl]] : []) {
      log(`cold load bytes: ${key}`);
      results.bytes[key] = await coldLoadBytes(browser, site, url);
    }

    // (b), (c) first chart painted; dashboard and baseline loads alternate.
    for (const slow of o.only.has('paint') ? [false, true] : []) {
      for (const key of ['page', 'embed']) {
        const dash = []; const base = []; const bare = []; const csp = new Set();
        log(`first chart painted: ${key}, ${slow ? 'slow mobile' : 'unthrottled'}, ${o.runs}+${o.runs}+${o.runs} loads`);
        for (let i = 0; i < o.runs; i++) {
          const d = await timedLoad(browser, key === 'page' ? pageUrl : embedUrl, { slow });
          const b = await timedLoad(browser, `${origin}${BASE}${key}.html`, { slow });
          const n = await timedLoad(browser, origin + MOUNT + noScriptName(key), { slow });
          dash.push(d.ms); base.push(b.ms); bare.push(n.ms);
          for (const v of [...d.csp, ...b.csp, ...n.csp]) csp.add(v);
        }
        results.paint[`${key}-${slow ? 'slow' : 'fast'}`] = { dash, base, bare, csp: [...csp] };
      }
    }

    // (d) theme switch
    if (o.only.has('theme')) {
      log(`theme switch, CPU ${CPU_SLOWDOWN}×: ${o.runs} clicks on ${o.tab}`);
      results.themeSwitch = await themeSwitch(browser, pageUrl, o.tab, o.runs, false);
      log(`theme switch, CPU ${CPU_SLOWDOWN}×: ${o.runs} clicks on ${o.tab}, the page settled`);
      results.themeSwitchSettled = await themeSwitch(browser, pageUrl, o.tab, o.runs, true);
      const heaviest = await heaviestSwitch(browser, pageUrl);
      log(`theme switch, CPU ${CPU_SLOWDOWN}×: ${o.runs} clicks to the theme with the most charts (${heaviest.to.theme}, ${heaviest.to.charts}) from ${heaviest.from.theme}, the page settled`);
      results.themeSwitchHeaviest = { ...heaviest, ...(await themeSwitch(browser, heaviest.url, heaviest.selector, o.runs, true)) };
    }
  } finally {
    await close();
  }

  // (e) Lighthouse, in a browser of its own per run
  if (o.only.has('lighthouse')) {
    log(`Lighthouse mobile, ${o.lighthouseRuns} run(s)`);
    results.lighthouse = await runLighthouse(o, pageUrl);
  }
  site.close();
  results.loadEnd = os.loadavg()[0].toFixed(2);

  const md = report(o, results, origin);
  process.stdout.write('\n' + md + '\n');
  if (o.write) {
    if (!fs.existsSync(o.out)) fs.writeFileSync(o.out, HEADER);
    const old = fs.readFileSync(o.out, 'utf8');
    fs.appendFileSync(o.out, (old.endsWith('\n\n') ? '' : old.endsWith('\n') ? '\n' : '\n\n') + md + '\n');
    log(`appended to ${o.out}`);
  }
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function report(o, r, origin) {
  const m = r.machine;
  const out = [];
  out.push(`## ${o.label || m.commit} — ${m.date}, commit ${m.commit}${m.dirty}`);
  out.push('');
  out.push(`Machine: ${m.nproc} × ${m.cpu}, ${m.memory}, load average ${m.load} at the start and ${r.loadEnd} at the end${m.nice ? ` (the benchmark ran at nice ${m.nice})` : ''}; ${r.chromium}; Node ${m.node}. `
    + `Served from \`${path.relative(REPO, o.dist) || '.'}\` under \`${MOUNT}\`, gzip-compressed, with the CSP. `
    + `Page \`${o.page}\`, embed \`${o.embedUrl}\`; viewport ${VIEWPORT.width}×${VIEWPORT.height}; ${o.runs} cold loads per median.`);
  out.push('');

  for (const [key, title] of [['page', `Bytes of a cold load of \`${o.page}\``], ['embed', `Bytes of a cold load of \`${o.embedUrl}\``]]) {
    const b = r.bytes[key];
    if (!b) continue;
    out.push(`### ${title}`);
    out.push('');
    out.push(bytesTable(b.rows).text);
    out.push('');
    const notes = [];
    const from = [...new Set(b.rows.map((x) => x.gzipFrom).filter(Boolean))];
    if (from.length) notes.push(`gzip: ${from.map((f) => (f === '.gz' ? 'the .gz files in dist/' : `compressed by the server at ${f}`)).join(', ')}`);
    notes.push(`the app marked itself started (\`data-app\`) ${b.appAt == null ? 'not within 3 s of the load event' : `at ${ms0(b.appAt)} ms`}`);
    if (b.errors.length) notes.push(`console errors: ${b.errors.map((e) => '`' + e.slice(0, 160) + '`').join('; ')}`);
    if (b.csp.length) notes.push(`CSP violations: ${b.csp.join('; ')}`);
    out.push(notes.join('; ') + '.');
    out.push('');
  }

  if (r.paint['page-fast']) {
  out.push(`### First chart painted (ms from navigation start, median of ${o.runs} cold loads, min–max)`);
  out.push('');
  out.push('| document | conditions | dashboard | baseline | ratio | the document without its script | its ratio |');
  out.push('|---|---|--:|--:|--:|--:|--:|');
  const csp = new Set();
  for (const key of ['page', 'embed']) {
    for (const speed of ['fast', 'slow']) {
      const p = r.paint[`${key}-${speed}`];
      const d = median(p.dash); const b = median(p.base); const n = median(p.bare);
      const range = (xs) => `${ms0(Math.min(...xs))}–${ms0(Math.max(...xs))}`;
      out.push(`| ${key === 'page' ? `full page \`${o.page}\`` : `chart embed \`${o.embedUrl}\``} | ${speed === 'fast' ? 'unthrottled' : 'slow mobile'} | **${ms0(d)}** (${range(p.dash)}) | ${ms0(b)} (${range(p.base)}) | **${(d / b).toFixed(2)}×** | ${ms0(n)} (${range(p.bare)}) | ${(n / b).toFixed(2)}× |`);
      p.csp.forEach((v) => csp.add(v));
    }
  }
  out.push('');
  const bc = r.baselineCharts;
  const desc = (c) => `"${c.label}" (${c.dataWidth ? `the ${c.dataWidth} px drawing, ` : ''}shown at ${c.box} px${c.mismatch ? `; ${c.mismatch}` : ''})`;
  out.push(`Baselines: the page's first chart ${desc(bc.page)} and the embed's ${desc(bc.embed)}, each alone in a plain HTML page (in empty elements with the classes of its ancestors) linking the dashboard's stylesheet \`${bc.page.css}\`. `
    + 'The document without its script: the same file with its `<script>` tags removed, served beside it (the app never starts). '
    + `Slow mobile: ${SLOW_MOBILE.latency} ms per request, ${SLOW_MOBILE.download * 8 / 1e6} Mbit/s down, ${SLOW_MOBILE.upload * 8 / 1e3} kbit/s up, CPU ${CPU_SLOWDOWN}× slower.`
    + (csp.size ? ` CSP violations seen: ${[...csp].join('; ')}.` : ' No CSP violation.'));
  out.push('');
  }

  const t = r.themeSwitch;
  if (t) {
  out.push(`### Theme switch, CPU ${CPU_SLOWDOWN}× slower`);
  out.push('');
  out.push(`Click on \`${o.tab}\` to the first painted frame with the tab selected: **median ${ms0(median(t.times))} ms** (${t.times.map(ms0).join(', ')}), `
    + `${t.appSeen ? 'after `data-app` appeared' : '3 s after the load event (no `data-app` attribute)'}. `
    + `Of which the click's handlers ran for a median ${ms0(median(t.handlers))} ms, and that frame began at ${ms0(median(t.rafs))} ms (its style, layout and paint fill the rest).`);
  out.push('');
  const u = r.themeSwitchSettled;
  if (u) {
    out.push(`The same once the page has settled (half a second without a request after \`data-app\`): **median ${ms0(median(u.times))} ms** (${u.times.map(ms0).join(', ')}); handlers ${ms0(median(u.handlers))} ms, frame began at ${ms0(median(u.rafs))} ms.`);
    out.push('');
  }
  const h = r.themeSwitchHeaviest;
  if (h) {
    out.push(`To the theme with the most charts, \`${h.to.theme}\` (${h.to.charts}), from \`${h.from.theme}\`'s document (${h.from.charts}), the page settled: **median ${ms0(median(h.times))} ms** (${h.times.map(ms0).join(', ')}); handlers ${ms0(median(h.handlers))} ms, frame began at ${ms0(median(h.rafs))} ms.`);
    out.push('');
  }
  }

  if (r.lighthouse) {
    const l = r.lighthouse;
    const med = (k) => median(l.map((x) => x[k]));
    out.push(`### Lighthouse ${l[0].version}, mobile (median of ${l.length} run${l.length > 1 ? 's' : ''})`);
    out.push('');
    out.push('| performance | accessibility | best practices | SEO | cumulative layout shift | LCP | FCP | TBT |');
    out.push('|--:|--:|--:|--:|--:|--:|--:|--:|');
    out.push(`| **${med('performance')}** | **${med('accessibility')}** | **${med('bestPractices')}** | **${med('seo')}** | **${+med('cls').toFixed(3)}** | ${ms0(med('lcp'))} ms | ${ms0(med('fcp'))} ms | ${ms0(med('tbt'))} ms |`);
    out.push('');
    const per = l.map((x) => `${x.performance}/${x.accessibility}/${x.bestPractices}/${x.seo}, CLS ${+x.cls.toFixed(3)}`).join('; ');
    const failing = [...new Set(l.flatMap((x) => x.failing))];
    out.push(`Runs: ${per}.${failing.length ? ` Audits below full marks: ${failing.map((f) => '`' + f + '`').join(', ')}.` : ''}`);
    out.push('');
  }
  return out.join('\n').replace(new RegExp(origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'), 'http://127.0.0.1:PORT');
}

const HEADER = `# Benchmarks

Measured by \`scripts/bench\`, which builds the release (\`trunk build --release --offline\`; skip it
with \`--no-build\`), installs its two npm packages into \`bench/node_modules\` when missing
(\`npm ci --prefix bench\`: \`lighthouse\` 12 and \`puppeteer-core\`), serves \`dist/\` itself and drives
\`/usr/bin/chromium\` (or \`$CHROME_PATH\`) headless. It measures a copy of \`dist/\` taken at its start, so a rebuild
during the run does no harm. Each run appends one section below; a run takes about two minutes on
2 cores, plus the build. Options: \`scripts/bench --help\`. To measure another checkout or build:

\`\`\`sh
scripts/bench                                   # build, measure, append a section here
scripts/bench --no-build --label "after"        # measure the dist/ there is
scripts/bench --no-build --dist /tmp/dist       # any built copy
git worktree add /work/before 7466af4           # an older commit, in its own tree and target dir:
CARGO_TARGET_DIR=/work/target-before scripts/bench --root /work/before --label before \\
  --embed-url 'index.html?embed=1&chart=industry-growth'   # (before pre-rendering, embeds were a query)
\`\`\`

Timings depend on what else the machine is doing (a build or a test suite beside it on 2 cores
doubles them and spreads them widely): each section records the load average at its start and
end. Measure on a quiet machine, before and after back to back; as root,
\`nice -n -10 scripts/bench …\` keeps other work from taking the CPU from the browser.

What is measured, and how:

- **Serving.** A small Node server in \`bench/run.mjs\` serves \`dist/\` under the sub-path
  \`/dashboard/\` with the README's Content Security Policy, gzip-compressed (\`Content-Encoding: gzip\`
  for HTML, CSS, JS, SVG, JSON, CSV and wasm; zlib level 6, as servers compress on the fly by
  default, or the \`.gz\` file beside a file when \`dist/\` has one, as nginx's \`gzip_static\` would),
  \`application/wasm\` for the wasm. Anything outside \`/dashboard/\` (such as \`/favicon.ico\`) is a 404.
- **Bytes of a cold load.** One load in a fresh browser context (empty cache), every request
  recorded from the DevTools protocol's network events, until the load event, the app has
  marked itself started (\`<html data-app>\`, or 3 s), and a second without a request in flight.
  Requests the app makes with \`fetch()\` once it runs (the other themes' documents) are
  listed after the cold load, with a total of their own, and not counted in it. Per file: the
  file's size (raw), the gzip body the server sent, brotli (Node's
  \`brotliCompressSync\`, quality 11) of the same file for comparison, and the bytes Chromium
  counted on the wire (body and headers). The totals of raw, gzip and brotli count each file
  once; Chromium itself fetches the page's icon twice (\`Icon (by the browser)\`, listed as
  "again"), which only the wire total counts twice. Headless Chromium does not ask for
  \`/favicon.ico\` when a page names no icon, so that 404 of a real browser is not in the
  list. gzip here is Node's zlib, a few per cent larger than \`gzip -9\` on the wasm. 1 KB = 1000 bytes.
- **First chart painted.** A probe injected with \`Page.addScriptToEvaluateOnNewDocument\` (so
  the CSP does not block it, and identical on every page) checks at each animation frame for an
  \`svg.chart-svg\` with a non-zero box; at the first frame that has one it takes the time of the
  next frame (the frame after the one that painted it), \`performance.now()\` from the start of
  the navigation. Each load is cold: a fresh browser context, so no HTTP cache, code cache or
  open connection is shared. Dashboard and baseline loads alternate; the median of N (default 7)
  is given with the range. *Unthrottled*: loopback, full CPU. *Slow mobile*: DevTools throttling
  with 150 ms added to every request, 1.6 Mbit/s down, 750 kbit/s up, and the CPU slowed 4×.
  The viewport is 1280×800 throughout (at that width the page's charts stand three to a row,
  two before the columns narrowed on 2026-11-28; a chart's one drawing is scaled to its
  container up to the stylesheet's max-width; builds before that carried three drawings and
  showed the 480 px one in the page, the 720 px one in the embed).
- **The baseline** is a plain HTML page served by the same server (same gzip, same CSP) holding
  only the chart the dashboard painted first, as inline SVG: the probe's own copy of it (the
  first \`svg.chart-svg\` with a box, taken on a first, uncounted load of the dashboard, so it is
  the drawing this viewport shows, and also what a client-rendered build draws). It sits in
  empty elements with the tags and classes of its ancestors on the page (\`<main class=...>\`,
  \`<section class="charts">\`, …, \`<div class="chart-body">\`) and the page links the dashboard's
  own stylesheet, and nothing else: no script, no other content. *Why the stylesheet:* the
  chart's colours are CSS variables (\`var(--accent)\`, \`var(--ink)\`…) defined there, and so is
  the drawing's size (scaled to its container, up to a max-width); without it the baseline
  would draw a colourless picture at another size. The dashboard
  cannot paint its chart before that stylesheet has arrived either, so both pay for the same
  render-blocking request and the comparison is between the same chart, at the same size
  (the run checks it and says so when not), with and without the rest of the page (its other
  HTML, scripts and wasm). The embed's baseline is made the same way from the embed.
- **Ratio** = dashboard median / baseline median; 1.00× means the page paints its first chart
  as soon as a page holding nothing else would.
- **The document without its script** (since 2a0f4f8): the dashboard's
  own document with its \`<script>\` tags removed, served beside it, so the app never starts;
  its ratio to the baseline is what the document's content costs the first paint, and the
  difference to the dashboard's is what the app's code costs it.
- **Theme switch.** \`index.html\`, CPU slowed 4×, network unthrottled; after the load event and
  the app marked as started (\`<html data-app>\`, or 3 s without it), two frames and 200 ms, the tab
  \`[role=tab][data-theme=rural]\` is clicked (\`element.click()\` in the page) and the time is
  taken from just before the click to the first painted frame in which the tab is selected
  (\`requestAnimationFrame\` until the tab is \`aria-selected\`, then a \`setTimeout\` 0 in
  it, which runs once that frame's style, layout and paint are done): if the app is still
  fetching the theme's document, the time includes the wait. Also given: how long the click's
  handlers ran, and when that frame began (a measure that stops at \`requestAnimationFrame\`
  gives about half the figure). The page is
  reloaded before each of N clicks (and one warm-up); a click that loads another document
  instead of being handled by the app fails the run. A second series clicks once the page has
  settled (no request for half a second after \`data-app\`: the app has brought in what it
  fetches after its start), so the two show what a click right after the start may wait for.
  A third series, on the settled page, is the hardest switch: from the document of the theme
  with the fewest charts to the theme with the most (found on the page, not named in the bench).
- **Lighthouse** 12, its default mobile settings (emulated phone, simulated slow 4G, CPU 4×),
  categories performance, accessibility, best practices and SEO, each in a fresh Chromium;
  the median of each figure over the runs (default 3), and the audits that lost points.
`;

const cleanups = [];
async function cleanup() {
  for (const c of openBrowsers) { try { await c(); } catch {} }
  for (const c of cleanups) { try { c(); } catch {} }
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => { console.error(`\nbench: ${sig}, stopping Chromium and the server`); await cleanup(); process.exit(130); });
}
const watchdog = setTimeout(async () => {
  console.error(`bench: the run took more than ${WHOLE_RUN_TIMEOUT / 60000} minutes, stopping`);
  await cleanup(); process.exit(3);
}, WHOLE_RUN_TIMEOUT);
watchdog.unref();

for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
process.on('uncaughtException', async (e) => { console.error('bench:', e); await cleanup(); process.exit(1); });

main().then(async () => { await cleanup(); process.exit(0); }, async (e) => {
  console.error(e instanceof BenchError ? `bench: ${e.message}` : e);
  await cleanup();
  process.exit(1);
});
