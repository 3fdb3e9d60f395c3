import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { decodePng } from '../../src/simulator/files/png-decode.ts';
import { listen, startTestGateway } from '../helpers/gateway.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * The demo page in a real browser: Debian's Chromium (never a downloaded one), driven by
 * playwright-core. A prompt goes in, the page follows the job over SSE to DONE, and the three.js
 * viewer must show the model: its canvas pixels differ from the empty background.
 */

const CHROMIUM = '/usr/bin/chromium';
const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
/** Where the screenshot of every run goes: outside the repository unless TEST_ARTIFACTS_DIR says otherwise. */
const ARTIFACTS = process.env.TEST_ARTIFACTS_DIR ?? join(tmpdir(), 'hunyuan3d-gateway-test-artifacts');
/** The README's picture: written only on request (`UPDATE_SCREENSHOT=1`), so test runs leave the tree alone. */
const DOCS_SCREENSHOT = join(ROOT, 'docs/screenshot.png');
/** VIEWER_BACKGROUND in src/web/page/viewer.ts. */
const BACKGROUND = [0xe9, 0xed, 0xf2];

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

function save(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

describe('the demo page at /', () => {
  it('submits a prompt, follows the job to DONE and shows the model in the 3D viewer', async () => {
    // Fails rather than skips: CI must provide the browser (.ci/run installs it).
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true);
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 300, runMs: 1200 } } });
    const t = await startTestGateway(sim, { JOB_REFRESH_MS: '200' });
    const server = await listen(t.gateway, t.log.logger);

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      // No GPU: WebGL runs on SwiftShader. Chromium's automatic fallback to it is deprecated, so ask.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--enable-unsafe-swiftshader',
      ],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });

    await page.goto(`${server.url}/`);
    await page.fill('#prompt', 'a small wooden chair');
    await page.click('#submit');
    await page.waitForSelector('#job-status[data-status="QUEUED"], #job-status[data-status="WAIT"]', {
      timeout: 10_000,
    });
    const id = (await page.textContent('#job-id')) ?? '';
    expect(id).toMatch(/^job_[A-Za-z0-9_-]{16}$/);
    await page.waitForSelector('#job-status[data-status="DONE"]', { timeout: 20_000 });
    await page.waitForSelector('#viewer[data-state="loaded"]', { timeout: 20_000 });

    // The viewer's canvas, as the user sees it, is mostly background with a model on it.
    const { width, height, rgba } = decodePng(await page.locator('#viewer-canvas').screenshot());
    expect(width).toBeGreaterThan(200);
    let differing = 0;
    for (let i = 0; i < width * height; i++) {
      const d = BACKGROUND.reduce((sum, c, k) => sum + Math.abs((rgba[i * 4 + k] ?? 0) - c), 0);
      if (d > 30) differing++;
    }
    const share = differing / (width * height);
    expect(share, `share of canvas pixels that are not background: ${share}`).toBeGreaterThan(0.02);
    expect(share).toBeLessThan(0.9);

    // Preview and download links come through the gateway.
    const links = await page
      .locator('#downloads a')
      .evaluateAll((as) => as.map((a) => (a as unknown as { href: string }).href));
    expect(links).toEqual([
      `${server.url}/files/${id}/0/model.glb`,
      `${server.url}/files/${id}/0/preview.png`,
    ]);
    const previewWidth = await page
      .locator('#preview')
      .evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth);
    expect(previewWidth).toBeGreaterThan(0);
    await page.waitForSelector(`#recent button[data-job-id="${id}"] .status[data-status="DONE"]`, {
      timeout: 10_000,
    });

    const shot = await page.screenshot({ fullPage: true });
    const artifact = join(ARTIFACTS, 'demo-page.png');
    save(artifact, shot);
    console.info(`demo page screenshot: ${artifact}`);
    if (process.env.UPDATE_SCREENSHOT === '1') save(DOCS_SCREENSHOT, shot);

    expect(problems).toEqual([]);
    // Nothing left the machine: no CDN, no fonts, no telemetry.
    const foreign = requests.filter((u) => !u.startsWith(`${server.url}/`) && !/^(data|blob):/.test(u));
    expect(foreign).toEqual([]);
    expect(requests).toContain(`${server.url}/demo/demo.js`);
    expect(requests.filter((u) => u.endsWith('/model.glb'))).toHaveLength(1);
  });
});
