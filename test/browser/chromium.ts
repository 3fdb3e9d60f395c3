import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { decodePng } from '../../src/simulator/files/png-decode.ts';

/**
 * What the demo page's browser tests share: Debian's Chromium (never a downloaded one) driven by
 * playwright-core, the viewer canvas as the user sees it, and a record of what the page fetched
 * and complained about.
 */

export const CHROMIUM = '/usr/bin/chromium';
/** Where the screenshot of every run goes: outside the repository unless TEST_ARTIFACTS_DIR says otherwise. */
export const ARTIFACTS = process.env.TEST_ARTIFACTS_DIR ?? join(tmpdir(), 'hunyuan3d-gateway-test-artifacts');
/** VIEWER_BACKGROUND in src/web/page/viewer.ts. */
export const BACKGROUND = [0xe9, 0xed, 0xf2];

export function save(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

export async function launch(): Promise<Browser> {
  // Fails rather than skips: CI must provide the browser (.ci/run installs it).
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // No GPU: WebGL runs on SwiftShader. Chromium's automatic fallback to it is deprecated, so ask.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--enable-unsafe-swiftshader'],
  });
}

/** The viewer canvas as the user sees it: its pixels and the share of them that are not background. */
export async function canvasPixels(page: Page): Promise<{ rgba: Uint8Array; share: number; width: number }> {
  const { width, height, rgba } = decodePng(await page.locator('#viewer-canvas').screenshot());
  let differing = 0;
  for (let i = 0; i < width * height; i++) {
    const d = BACKGROUND.reduce((sum, c, k) => sum + Math.abs((rgba[i * 4 + k] ?? 0) - c), 0);
    if (d > 30) differing++;
  }
  return { rgba, share: differing / (width * height), width };
}

/** Every URL the page requests and every page error or console error, from now on. */
export function watchPage(page: Page): { requests: string[]; problems: string[] } {
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return { requests, problems };
}

/** Requests that went anywhere but the gateway at `origin` (data: and blob: URLs are the page's own). */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u));
}
