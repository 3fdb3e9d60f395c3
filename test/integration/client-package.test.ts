import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../../scripts/build.mjs';
import { spawnCaptured } from '../helpers/captured-process.ts';
import { listen, startTestGateway } from '../helpers/gateway.ts';
import { cleanEnv } from '../helpers/gateway-process.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * `hunyuan3d-gateway/client` as a user of the package gets it: the compiled bundle and declarations
 * that `npm run build` writes to dist/client/, reached through package.json `exports` (the package
 * referring to itself by name, as an installed dependency would be reached).
 */

const run = promisify(execFile);
const scratch: string[] = [];

beforeAll(async () => {
  // What npm start does first; a no-op when dist/ is up to date.
  const build = spawn(process.execPath, ['scripts/build.mjs', '--if-stale'], {
    cwd: ROOT,
    env: cleanEnv({}),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const [code] = await once(build, 'close');
  expect(code).toBe(0);
}, 180_000);

afterAll(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('hunyuan3d-gateway/client (the built package)', () => {
  it('is one self-contained ES module: eventsource-parser inside, nothing from Node', () => {
    const js = readFileSync(join(DIST, 'client/index.js'), 'utf8');
    const imports = [...js.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']/gm)].map(
      (m) => m[1],
    );
    expect(imports).toEqual([]);
    expect(js).not.toMatch(/\brequire\(|["']node:/);
    expect(js).toContain('text/event-stream');
  });

  it('imports by package name in a Node process and follows a job to DONE over SSE', async () => {
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 50, runMs: 150 } } });
    const tg = await startTestGateway(sim, { JOB_REFRESH_MS: '100' });
    const server = await listen(tg.gateway, tg.log.logger);
    const script = `
      import { createClient, GatewayRequestError } from 'hunyuan3d-gateway/client';
      const client = createClient({ url: process.env.GATEWAY_URL });
      const job = await client.submit({ prompt: 'a chair from the built client' });
      const statuses = [];
      const done = await client.waitFor(job.id, { onUpdate: (j) => statuses.push(j.status) });
      const glb = await client.download(done.resultFiles.find((f) => f.type === 'GLB'));
      const magic = new TextDecoder().decode(glb.bytes.slice(0, 4));
      const missing = await client.watch('job_0000000000000000').next().catch((e) => e);
      console.log(JSON.stringify({ statuses, magic, notFound: missing instanceof GatewayRequestError && missing.code }));
    `;
    // A child process, not this one: the import goes through Node's resolver and package.json
    // `exports`, not through vitest's.
    const run = spawnCaptured(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      env: cleanEnv({ GATEWAY_URL: server.url }),
    });
    const code = await run.closed;
    expect(run.stderr()).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(run.stdout()) as { statuses: string[]; magic: string; notFound: string };
    expect(out.statuses.at(-1)).toBe('DONE');
    expect(out.magic).toBe('glTF');
    expect(out.notFound).toBe('NOT_FOUND');
  }, 60_000);

  it('type-checks a TypeScript user of it against the emitted declarations (DOM library, no Node types)', async () => {
    // Inside the project, so `hunyuan3d-gateway/client` resolves to the package itself.
    const dir = mkdtempSync(join(ROOT, '.client-consumer-'));
    scratch.push(dir);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          types: [],
          strict: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          // The declarations are checked too, not only their use.
          skipLibCheck: false,
        },
        files: ['consumer.mts'],
      }),
    );
    writeFileSync(
      join(dir, 'consumer.mts'),
      `import {
  type Client,
  createClient,
  FINAL_STATUSES,
  GatewayRequestError,
  GatewayUnreachableError,
  type Job,
  type JobStatus,
} from 'hunyuan3d-gateway/client';

const client: Client = createClient({ url: 'http://127.0.0.1:4000', apiKey: 'alice-key-123' });

export async function follow(prompt: string): Promise<string> {
  const job: Job = await client.submit({ prompt, enablePBR: true }, { idempotencyKey: prompt });
  for await (const update of client.watch(job.id, { retries: 3 })) {
    const status: JobStatus = update.status;
    if (FINAL_STATUSES.includes(status)) break;
  }
  const done = await client.waitFor(job.id, { onUpdate: (j) => j.queuePosition });
  const first = done.resultFiles[0];
  if (!first) return done.errorCode ?? 'no files';
  const { bytes, fileName }: { bytes: Uint8Array; fileName: string } = await client.download(first);
  const page = await client.list({ first: 10, status: 'DONE' });
  return \`\${fileName} \${bytes.byteLength} \${page.nextCursor ?? ''}\`;
}

export function explain(err: unknown): string {
  if (err instanceof GatewayRequestError) return err.code ?? err.message;
  if (err instanceof GatewayUnreachableError) return err.url;
  return String(err);
}

// @ts-expect-error: not a JobKind, so the types are real, not any.
void client.submit({ prompt: 'x', kind: 'NOT_A_KIND' });
`,
    );
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const result = await run(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json'), '--listFiles'], {
      cwd: ROOT,
    }).catch((err: { stdout?: string; code?: number }) => ({ stdout: err.stdout ?? '', failed: err.code }));
    expect(result).not.toHaveProperty('failed');
    expect(result.stdout).toContain(join(DIST, 'client/index.d.ts'));
    expect(result.stdout).not.toContain(join(ROOT, 'src/client'));
  }, 60_000);
});
