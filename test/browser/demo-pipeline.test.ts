import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { listen, startTestGateway } from '../helpers/gateway.ts';
import { startTestSimulator } from '../helpers/simulator.ts';
import { ARTIFACTS, canvasPixels, foreignRequests, launch, save, watchPage } from './chromium.ts';

/**
 * The demo page's pipeline view in a real browser: steps planned under the form are sent with the
 * generation as one pipeline (submitPipeline, each step `fromStep` of the one before), the panel
 * follows pipelineStatus over SSE row by row, a finished step's model can be picked for the viewer,
 * a failed step says why the later ones never ran, and the pipeline can be canceled.
 */

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

const ORDER = ['QUEUED', 'WAIT', 'RUN', 'DONE'];

/** The bits of the page's DOM the predicates below read (the tests compile without the DOM library). */
interface PageGlobals {
  document: {
    getElementById(id: string): { textContent: string | null } | null;
    querySelectorAll(selector: string): { length: number };
  };
}

/** Waits until `selector` matches exactly `n` elements. */
async function waitForCount(page: Page, selector: string, n: number): Promise<void> {
  await page.waitForFunction(
    ([sel, count]) => (globalThis as unknown as PageGlobals).document.querySelectorAll(sel).length === count,
    [selector, n] as const,
    { timeout: 30_000 },
  );
}

/** Plans one more step: picks its kind and adds it; `set` fills its options in its row. */
/**
 * Opens the page, watching what it requests and reports, and waits for its script (which fills the
 * step picker). Two Chromiums on software WebGL share a 2-core machine: the timeouts are generous.
 */
async function openPage(
  browser: Browser,
  url: string,
): Promise<{ page: Page; requests: string[]; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 1 });
  page.setDefaultTimeout(60_000);
  const watched = watchPage(page);
  await page.goto(url);
  await page.waitForSelector('#plan-kind option', { state: 'attached' });
  return { page, ...watched };
}

async function planStep(page: Page, kind: string, set?: (row: Locator) => Promise<unknown>): Promise<void> {
  await page.selectOption('#plan-kind', kind);
  await page.click('#plan-add');
  await set?.(page.locator('#plan-steps li[data-kind]').last());
}

/**
 * Records what the pipeline panel shows from now on, in `window.pipelineRows`: after every change,
 * one line per row ("step status detail"), a snapshot kept when it differs from the last.
 * (Page scripts are strings: the tests are type-checked without the DOM library.)
 */
async function recordPipelineRows(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.pipelineRows = [];
    const list = document.getElementById('pipeline-steps');
    const snap = () => [...list.querySelectorAll('li[data-step]')].map((li) =>
      li.dataset.step + ' ' + li.querySelector('.status').dataset.status + ' ' + li.querySelector('.step-detail').textContent);
    new MutationObserver(() => {
      const rows = snap();
      const last = window.pipelineRows.at(-1);
      if (!last || last.join('\\n') !== rows.join('\\n')) window.pipelineRows.push(rows);
    }).observe(list, { subtree: true, childList: true, characterData: true, attributes: true });
  })()`);
}

async function pipelineRows(page: Page): Promise<string[][]> {
  return (await page.evaluate('window.pipelineRows')) as string[][];
}

/** Runs the planned pipeline and waits for its panel; a refusal shows under the form, and fails here with it. */
async function runPipeline(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Run as pipeline', exact: true }).click();
  await page.waitForSelector('#pipeline:not([hidden]), #form-error:not([hidden])', { timeout: 30_000 });
  expect(await page.isHidden('#form-error'), (await page.textContent('#form-error')) ?? '').toBe(true);
}

/** Each row's state as the panel shows it now: "step status". */
async function rowStates(page: Page): Promise<string[]> {
  return page.locator('#pipeline-steps li[data-step]').evaluateAll((lis) =>
    lis.map((li) => {
      const el = li as unknown as {
        dataset: { step: string };
        querySelector(s: string): { dataset: { status: string } };
      };
      return `${el.dataset.step} ${el.querySelector('.status').dataset.status}`;
    }),
  );
}

async function hrefs(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((as) => as.map((a) => (a as unknown as { href: string }).href));
}

describe('the demo page runs a chain of steps as one pipeline', () => {
  // Three jobs and two renders on software WebGL: generous on a loaded 2-core machine.
  it('follows generate → reduce → convert to STL row by row to DONE, in order, and shows the models', {
    timeout: 180_000,
  }, async () => {
    const sim = await startTestSimulator({
      durations: {
        PRO: { waitMs: 300, runMs: 1000 },
        SMART_TOPOLOGY: { waitMs: 300, runMs: 1000 },
        CONVERT: { waitMs: 300, runMs: 800 },
      },
    });
    const t = await startTestGateway(sim, { JOB_REFRESH_MS: '200' });
    const server = await listen(t.gateway, t.log.logger);
    browser = await launch();
    const { page, requests, problems } = await openPage(browser, `${server.url}/`);

    const run = page.getByRole('button', { name: 'Run as pipeline', exact: true });
    // Nothing planned yet: a pipeline would be a lone Generate.
    expect(await run.isDisabled()).toBe(true);
    await page.fill('#prompt', 'a small wooden chair');
    await planStep(page, 'SMART_TOPOLOGY', (row) => row.getByLabel('Face level').selectOption('LOW'));
    await planStep(page, 'CONVERT', (row) => row.getByLabel('Format').selectOption('STL'));
    expect(await page.locator('#plan-steps li').allTextContents()).toEqual([
      'Generate from the prompt or image above',
      expect.stringContaining('Reduce faces'),
      expect.stringContaining('Convert'),
    ]);
    expect(await run.isEnabled()).toBe(true);

    await recordPipelineRows(page);
    await runPipeline(page);
    const pipelineId = (await page.textContent('#pipeline-id')) ?? '';
    expect(pipelineId).toMatch(/^pl_[A-Za-z0-9_-]{16}$/);
    expect(await page.locator('#pipeline-steps .step-name').allTextContents()).toEqual([
      'Generate (Pro)',
      'Reduce faces (low)',
      'Convert to STL',
    ]);
    const stepIds = await page
      .locator('#pipeline-steps li[data-step]')
      .evaluateAll((lis) => lis.map((li) => (li as unknown as { dataset: { jobId: string } }).dataset.jobId));
    expect(stepIds).toHaveLength(3);
    for (const id of stepIds) expect(id).toMatch(/^job_/);
    const [first, , last] = stepIds as [string, string, string];

    // The pipeline ends DONE with every row DONE, and its last step's model in the viewer.
    await page.waitForSelector('#pipeline-status[data-status="DONE"]', { timeout: 120_000 });
    expect(await rowStates(page)).toEqual(['1 DONE', '2 DONE', '3 DONE']);
    await page.waitForFunction(
      (id) => (globalThis as unknown as PageGlobals).document.getElementById('job-id')?.textContent === id,
      last,
      { timeout: 30_000 },
    );
    expect(await page.textContent('#job-what')).toBe('Convert to STL');
    await page.waitForSelector('#viewer[data-state="loaded"]', { timeout: 60_000 });
    const stl = await canvasPixels(page);
    expect(stl.share, `share of canvas pixels that are not background: ${stl.share}`).toBeGreaterThan(0.02);
    expect(stl.share).toBeLessThan(0.9);
    expect(await hrefs(page, '#downloads a')).toContain(`${server.url}/files/${last}/0/model.stl`);
    expect(await page.getAttribute('#pipeline-steps li[data-step="3"]', 'aria-current')).toBe('true');
    // Nothing is left to cancel.
    expect(await page.isHidden('#pipeline-cancel')).toBe(true);

    // What the panel showed on the way: each row only moved forward, the later steps first waited
    // for the one before, and the rows reached DONE one after another, in order.
    const seen = await pipelineRows(page);
    const states = seen.map((rows) => rows.map((r) => r.split(' ')[1] ?? ''));
    for (let step = 0; step < 3; step++) {
      const path = states.map((s) => s[step] ?? '').filter((s, i, all) => s !== all[i - 1]);
      expect(path.at(-1), `step ${step + 1}: ${path.join(' → ')}`).toBe('DONE');
      const ranks = path.map((s) => ORDER.indexOf(s));
      expect(
        ranks.every((r, i) => r >= 0 && (i === 0 || r > (ranks[i - 1] ?? -1))),
        path.join(' → '),
      ).toBe(true);
    }
    // As submitPipeline answered: the later steps wait for the one before.
    expect(seen[0]?.[1]).toMatch(/^2 QUEUED waiting for step 1 to finish/);
    expect(seen[0]?.[2]).toMatch(/^3 QUEUED waiting for step 2 to finish/);
    const firstDone = [0, 1, 2].map((step) => states.findIndex((s) => s[step] === 'DONE'));
    expect(firstDone[0]).toBeGreaterThanOrEqual(0);
    expect(firstDone[1], 'step 2 DONE after step 1').toBeGreaterThan(firstDone[0] ?? Infinity);
    expect(firstDone[2], 'step 3 DONE after step 2').toBeGreaterThan(firstDone[1] ?? Infinity);
    // While a step ran, the one after it was still waiting: never DONE out of order.
    for (const s of states) {
      for (let k = 1; k < 3; k++) if (s[k] === 'DONE') expect(s[k - 1]).toBe('DONE');
    }
    save(join(ARTIFACTS, 'demo-page-pipeline.png'), await page.screenshot({ fullPage: true }));

    // A finished step's result is one click away: the generated GLB, then back to the STL.
    await page.getByRole('button', { name: 'View step 1: Generate (Pro)' }).click();
    await page.waitForSelector(`#pipeline-steps li[data-step="1"][aria-current="true"]`, { timeout: 30_000 });
    expect(await page.textContent('#job-id')).toBe(first);
    await page.waitForSelector('#viewer[data-state="loaded"]', { timeout: 60_000 });
    expect(await hrefs(page, '#downloads a')).toContain(`${server.url}/files/${first}/0/model.glb`);
    const glb = await canvasPixels(page);
    expect(glb.share).toBeGreaterThan(0.02);
    await page.getByRole('button', { name: 'View step 3: Convert to STL' }).click();
    await page.waitForSelector(`#pipeline-steps li[data-step="3"][aria-current="true"]`, { timeout: 30_000 });
    await page.waitForSelector('#viewer[data-state="loaded"]', { timeout: 60_000 });
    expect(await page.textContent('#job-id')).toBe(last);
    // The chain line shows how the shown step was made.
    await waitForCount(page, '#chain-list button', 3);
    expect(
      await page
        .locator('#chain-list button')
        .evaluateAll((bs) => bs.map((b) => (b as unknown as { dataset: { jobId: string } }).dataset.jobId)),
    ).toEqual(stepIds);

    expect(problems).toEqual([]);
    // Nothing left the machine.
    expect(foreignRequests(requests, server.url)).toEqual([]);
  });

  it('says which step failed and why the later steps never ran', { timeout: 120_000 }, async () => {
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 200, runMs: 600 } } });
    const t = await startTestGateway(sim, { JOB_REFRESH_MS: '200' });
    const server = await listen(t.gateway, t.log.logger);
    browser = await launch();
    const { page, requests, problems } = await openPage(browser, `${server.url}/`);

    // The simulator fails a job whose prompt carries [fail].
    await page.fill('#prompt', 'a small wooden chair [fail]');
    await planStep(page, 'UV');
    await planStep(page, 'CONVERT', (row) => row.getByLabel('Format').selectOption('FBX'));
    await runPipeline(page);

    await page.waitForSelector('#pipeline-status[data-status="FAIL"]', { timeout: 60_000 });
    await waitForCount(page, '#pipeline-steps li[data-status="CANCELED"]', 2);
    expect(await rowStates(page)).toEqual(['1 FAIL', '2 CANCELED', '3 CANCELED']);
    const details = await page.locator('#pipeline-steps .step-detail').allTextContents();
    expect(details[0]).toContain('FailedOperation.InnerError');
    for (const why of details.slice(1)) {
      expect(why).toMatch(/step 1 \(job_[A-Za-z0-9_-]+\) failed/);
      expect(why).toContain('never sent to Tencent');
    }
    // The job section shows the failed step; there is no model and nothing to cancel.
    await page.waitForSelector('#job-status[data-status="FAIL"]', { timeout: 30_000 });
    expect(await page.textContent('#job-error')).toContain('FailedOperation.InnerError');
    expect(await page.getAttribute('#viewer', 'data-state')).toBe('empty');
    expect(await page.locator('#pipeline-steps .step-view:visible').count()).toBe(0);
    expect(await page.isHidden('#pipeline-cancel')).toBe(true);
    save(join(ARTIFACTS, 'demo-page-pipeline-failed.png'), await page.screenshot({ fullPage: true }));

    expect(problems).toEqual([]);
    expect(foreignRequests(requests, server.url)).toEqual([]);
  });

  it('cancels the steps not sent yet; the step already at Tencent runs on', {
    timeout: 120_000,
  }, async () => {
    // The generation waits at Tencent for far longer than the test: it is still there when canceled.
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 600_000, runMs: 1000 } } });
    const t = await startTestGateway(sim, { JOB_REFRESH_MS: '200' });
    const server = await listen(t.gateway, t.log.logger);
    browser = await launch();
    const { page, requests, problems } = await openPage(browser, `${server.url}/`);

    await page.fill('#prompt', 'a small wooden chair');
    await planStep(page, 'UV');
    await planStep(page, 'CONVERT');
    await runPipeline(page);
    await page.waitForSelector('#pipeline-steps li[data-step="1"][data-status="WAIT"]', { timeout: 60_000 });
    expect(await rowStates(page)).toEqual(['1 WAIT', '2 QUEUED', '3 QUEUED']);
    const cancel = page.getByRole('button', { name: 'Cancel pipeline' });
    expect(await cancel.isEnabled()).toBe(true);
    await cancel.click();

    await page.waitForSelector('#pipeline-status[data-status="CANCELED"]', { timeout: 30_000 });
    await waitForCount(page, '#pipeline-steps li[data-status="CANCELED"]', 2);
    expect(await rowStates(page)).toEqual(['1 WAIT', '2 CANCELED', '3 CANCELED']);
    for (const why of (await page.locator('#pipeline-steps .step-detail').allTextContents()).slice(1)) {
      expect(why).toMatch(/never (ran|sent to Tencent)/);
    }
    // Step 1 is still at Tencent (no cancel there): the button stays, with nothing left to cancel.
    await page.waitForSelector('#pipeline-cancel:disabled', { timeout: 30_000 });
    // The recent jobs say the same; the unfinished step shown has no files to offer yet.
    for (const step of [2, 3]) {
      const id = await page.getAttribute(`#pipeline-steps li[data-step="${step}"]`, 'data-job-id');
      await page.waitForSelector(`#recent button[data-job-id="${id}"] .status[data-status="CANCELED"]`, {
        timeout: 30_000,
      });
    }
    expect(await page.textContent('#job-status')).toBe('WAIT');
    expect(await page.isHidden('#files')).toBe(true);
    save(join(ARTIFACTS, 'demo-page-pipeline-canceled.png'), await page.screenshot({ fullPage: true }));

    expect(problems).toEqual([]);
    expect(foreignRequests(requests, server.url)).toEqual([]);
  });
});
