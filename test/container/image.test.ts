import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
  chownSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The container image as operators get it (issue 15): the project's Dockerfile built unchanged with
 * `podman build --isolation=chroot` on a stand-in for node:20-bookworm-slim
 * (scripts/container/make-base-image.sh), then the built image's filesystem started the way a container
 * runtime would start it (ENTRYPOINT + CMD, USER, ENV, WORKDIR, the /data volume) — with chroot, because
 * `podman run` does not work in this sandbox (no usable cgroups). Run with `npm run test:container`, as
 * root; not part of `npm test` (`.ci/run` runs it when CONTAINER_TEST=1).
 *
 * Images and the build cache live in CONTAINER_TEST_CACHE (default /var/tmp/hunyuan3d-gateway-container),
 * in their own podman storage, so a second run reuses the base image and every unchanged build step.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = process.env.CONTAINER_TEST_CACHE ?? '/var/tmp/hunyuan3d-gateway-container';
const IMAGE = 'localhost/hunyuan3d-gateway:container-test';
const BASE_IMAGE = 'docker.io/library/node:20-bookworm-slim';
// One fixed name: a run that crashed leaves at most this container behind, removed by the next run.
const CONTAINER = 'hunyuan3d-gateway-container-test';
const STOP_BOUND_MS = 10_000;

interface ImageConfig {
  User?: string;
  Env?: string[];
  Entrypoint?: string[] | null;
  Cmd?: string[] | null;
  WorkingDir?: string;
  Volumes?: Record<string, unknown> | null;
}
interface ImageInspect {
  Id: string;
  Size: number;
  Config: ImageConfig;
  Healthcheck?: { Test?: string[]; Timeout?: number };
}

/** podman with this test's own storage (overlay unless CONTAINER_TEST_STORAGE_DRIVER says otherwise). */
const podmanEnv: NodeJS.ProcessEnv = { ...process.env, CONTAINERS_STORAGE_CONF: join(CACHE, 'storage.conf') };

function podman(args: string[]): string {
  return execFileSync('podman', args, {
    env: podmanEnv,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Runs a long command with its output in a log file; STEP lines go to the console as progress. */
async function runLogged(
  command: string,
  args: string[],
  log: string,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const out = createWriteStream(log);
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let pending = '';
  const onData = (d: Buffer) => {
    out.write(d);
    pending += d.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    // Straight to the terminal rather than console.log, which vitest would head with the test's name.
    for (const line of lines)
      if (/^\[\d+\/\d+\] STEP|^make-base-image:/.test(line)) process.stdout.write(`${line}\n`);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const [code] = (await once(child, 'close')) as [number | null];
  await new Promise((resolve) => out.end(resolve));
  if (code !== 0) {
    const tail = readFileSync(log, 'utf8').split('\n').slice(-60).join('\n');
    throw new Error(`${command} ${args.join(' ')} exited ${code} (log: ${log}):\n${tail}`);
  }
}

/**
 * Every changed build leaves its predecessor's untagged step images behind (a full one is about 2 GB):
 * removes the untagged images this build did not use, keeping the steps it made or reused as its cache.
 */
function pruneSupersededBuilds(buildLog: string): void {
  const used = [...readFileSync(buildLog, 'utf8').matchAll(/^--> (?:Using cache )?([0-9a-f]{11,64})$/gm)].map(
    (m) => m[1]!,
  );
  let removed = 0;
  // Removing an old chain's last step makes the step before it removable: a few rounds clear a chain.
  for (let round = 0; round < 30; round++) {
    const untagged = podman(['images', '--filter', 'dangling=true', '--no-trunc', '--format', '{{.ID}}'])
      .split('\n')
      .map((id) => id.trim().replace(/^sha256:/, ''))
      .filter((id) => id && !used.some((u) => id.startsWith(u)));
    const before = removed;
    for (const id of untagged) {
      if (spawnSync('podman', ['rmi', id], { env: podmanEnv, stdio: 'ignore' }).status === 0) removed++;
    }
    if (removed === before) break;
  }
  if (removed > 0) process.stdout.write(`removed ${removed} superseded build images from ${CACHE}\n`);
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** USER as a runtime resolves it: a name or number, looked up in the image's own /etc/passwd. */
function resolveUser(rootfs: string, user: string): { uid: number; gid: number; home: string } {
  const [name = '', group] = user.split(':');
  const entries = readFileSync(join(rootfs, 'etc/passwd'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(':'));
  const entry = entries.find((e) => e[0] === name || e[2] === name);
  if (!entry) throw new Error(`USER ${user} is not in the image's /etc/passwd`);
  let gid = Number(entry[3]);
  if (group !== undefined) {
    const groupEntry = readFileSync(join(rootfs, 'etc/group'), 'utf8')
      .split('\n')
      .map((line) => line.split(':'))
      .find((e) => e[0] === group || e[2] === group);
    gid = Number(groupEntry?.[2] ?? group);
  }
  return { uid: Number(entry[2]), gid, home: entry[5] ?? '/' };
}

function procStatus(pid: number): { uid: string; gid: string } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return { uid: /^Uid:\s+(.*)$/m.exec(status)?.[1] ?? '', gid: /^Gid:\s+(.*)$/m.exec(status)?.[1] ?? '' };
}

function walk(dir: string, skip: (path: string) => boolean, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (skip(path)) continue;
    if (entry.isDirectory()) walk(path, skip, found);
    else found.push(path);
  }
  return found;
}

async function graphql<T>(base: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!response.ok || body.errors || !body.data) {
    throw new Error(`GraphQL ${response.status}: ${JSON.stringify(body)}`);
  }
  return body.data;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

describe.skipIf(process.platform !== 'linux')(
  'container image (Dockerfile on the node:20-bookworm-slim stand-in)',
  () => {
    let inspect: ImageInspect;
    let baseSize = 0;
    let buildSeconds = 0;
    let rootfs = '';
    let workdir = '/';
    let user = { uid: -1, gid: -1, home: '/' };
    let env: string[] = [];
    let volume = '';
    let dataDir = '';
    let tmp = '';
    let port = 0;
    let base = '';
    let child: ChildProcess | undefined;
    let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
    let output = '';
    let jobId = '';
    let stopMs = Number.NaN;
    const report: string[] = [];

    /** Runs `command` as `docker exec` would: in the container's mount namespace, as its user, with its ENV and WORKDIR. */
    const execInContainer = (command: string[]) =>
      spawnSync(
        'nsenter',
        [
          '--mount',
          `--target=${child!.pid}`,
          '--',
          'chroot',
          `--userspec=${user.uid}:${user.gid}`,
          `--groups=${user.gid}`,
          rootfs,
          '/usr/bin/env',
          '-i',
          '-C',
          workdir,
          ...env,
          ...command,
        ],
        { encoding: 'utf8', timeout: 30_000 },
      );

    beforeAll(async () => {
      // debootstrap, chroot and mounting the volume need root; CI runs as root.
      if (process.getuid?.() !== 0)
        throw new Error('npm run test:container needs root (debootstrap, chroot, mount)');
      if (!has('podman')) {
        console.log('installing podman');
        execFileSync('apt-get', ['update'], { stdio: 'inherit' });
        execFileSync('apt-get', ['install', '-y', 'podman'], {
          stdio: 'inherit',
          env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
        });
      }

      mkdirSync(CACHE, { recursive: true });
      // The test's own podman storage rather than the machine's: nothing global is changed, and the cache
      // directory holds everything a later run reuses.
      const driver = process.env.CONTAINER_TEST_STORAGE_DRIVER ?? 'overlay';
      writeFileSync(
        join(CACHE, 'storage.conf'),
        `[storage]\ndriver = "${driver}"\ngraphroot = "${join(CACHE, 'storage')}"\nrunroot = "${join(CACHE, 'run')}"\n`,
      );

      await runLogged(
        join(ROOT, 'scripts/container/make-base-image.sh'),
        [],
        join(CACHE, 'make-base-image.log'),
        { ...podmanEnv, DEBOOTSTRAP_CACHE: join(CACHE, 'debs') },
      );
      baseSize = (JSON.parse(podman(['image', 'inspect', BASE_IMAGE])) as ImageInspect[])[0]!.Size;

      // Build-time npm settings for this sandbox only, mounted over /usr/local/etc (npm's global npmrc for
      // the /usr/local prefix) during RUN steps and absent from every layer: nodejs.org and GitHub are
      // unreachable here, so better-sqlite3 compiles against the headers the base image carries (nodedir)
      // instead of fetching a prebuilt binary or headers; and the egress proxy's CA, when this machine trusts
      // one, so `npm ci` can reach the registry. The Dockerfile needs neither with ordinary network access.
      tmp = mkdtempSync(join(tmpdir(), 'container-test-'));
      const npmEtc = join(tmp, 'npm-etc');
      mkdirSync(npmEtc);
      let npmrc = 'nodedir=/usr/local\n';
      const extraCa = process.env.NODE_EXTRA_CA_CERTS;
      if (extraCa && existsSync(extraCa)) {
        writeFileSync(join(npmEtc, 'build-ca.crt'), readFileSync(extraCa));
        npmrc += 'cafile=/usr/local/etc/build-ca.crt\n';
      }
      writeFileSync(join(npmEtc, 'npmrc'), npmrc);

      const started = performance.now();
      process.stdout.write(`building ${IMAGE} (log: ${join(CACHE, 'build.log')})\n`);
      await runLogged(
        'podman',
        [
          'build',
          // chroot isolation runs RUN steps without an OCI runtime (none works here); docker format keeps
          // HEALTHCHECK, which the OCI image format drops; --pull=never uses the stand-in base image.
          '--isolation=chroot',
          '--format=docker',
          '--pull=never',
          `--volume=${npmEtc}:/usr/local/etc:ro`,
          '--tag',
          IMAGE,
          '--file',
          join(ROOT, 'Dockerfile'),
          ROOT,
        ],
        join(CACHE, 'build.log'),
        podmanEnv,
      );
      buildSeconds = (performance.now() - started) / 1000;
      pruneSupersededBuilds(join(CACHE, 'build.log'));
      inspect = (JSON.parse(podman(['image', 'inspect', IMAGE])) as ImageInspect[])[0]!;

      // A created (never started) container: its root is the image plus a writable layer, as at `docker run`.
      spawnSync('podman', ['rm', '--force', '--volumes', CONTAINER], { env: podmanEnv, stdio: 'ignore' });
      podman(['create', '--pull=never', '--name', CONTAINER, IMAGE]);
      rootfs = podman(['mount', CONTAINER]).trim();
      // What a runtime writes into every container.
      writeFileSync(
        join(rootfs, 'etc/hosts'),
        '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n',
      );
      if (existsSync('/etc/resolv.conf'))
        writeFileSync(join(rootfs, 'etc/resolv.conf'), readFileSync('/etc/resolv.conf'));

      const config = inspect.Config;
      workdir = config.WorkingDir || '/';
      user = resolveUser(rootfs, config.User || 'root');
      volume = Object.keys(config.Volumes ?? {})[0] ?? '';
      port = await freePort();
      base = `http://127.0.0.1:${port}`;
      // The image's ENV, then what `docker run -e` would set: this port, and loopback only, since the chroot
      // shares the machine's network.
      env = [
        ...(config.Env ?? []).filter((e) => !/^(PORT|HOST)=/.test(e)),
        `PORT=${port}`,
        'HOST=127.0.0.1',
        `HOME=${user.home}`,
      ];

      // The volume: a directory of this machine owned by the image's user, as a fresh named volume is.
      dataDir = join(tmp, 'data');
      mkdirSync(dataDir);
      chownSync(dataDir, user.uid, user.gid);

      const argv = [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])];
      // A private mount namespace: the volume, /proc and /dev are mounted for this process tree only and
      // vanish with it, whatever happens to the test. unshare and sh exec, so the spawned pid ends up being
      // the ENTRYPOINT (dumb-init) and SIGTERM goes to it as `docker stop` sends it.
      child = spawn(
        'unshare',
        [
          '--mount',
          '--propagation',
          'private',
          '--',
          'sh',
          '-c',
          'set -e; mount --bind "$1" "$2$3"; mount -t proc proc "$2/proc"; mount --rbind /dev "$2/dev"; shift 3; exec chroot "$@"',
          'sh',
          dataDir,
          rootfs,
          volume,
          `--userspec=${user.uid}:${user.gid}`,
          `--groups=${user.gid}`,
          rootfs,
          '/usr/bin/env',
          '-i',
          '-C',
          workdir,
          ...env,
          ...argv,
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child.stdout?.on('data', (d: Buffer) => {
        output += d.toString();
      });
      child.stderr?.on('data', (d: Buffer) => {
        output += d.toString();
      });
      exited = once(child, 'exit').then(([code, signal]) => ({
        code: code as number | null,
        signal: signal as NodeJS.Signals | null,
      }));

      const deadline = Date.now() + 60_000;
      let stopped = false;
      void exited.then(() => {
        stopped = true;
      });
      for (;;) {
        if (stopped) throw new Error(`the container's command exited before answering:\n${output}`);
        const ok = await fetch(`${base}/health`).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) break;
        if (Date.now() > deadline) throw new Error(`no /health answer within 60 s:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }, 45 * 60_000);

    afterAll(async () => {
      if (child?.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
      if (rootfs) spawnSync('podman', ['umount', CONTAINER], { env: podmanEnv, stdio: 'ignore' });
      spawnSync('podman', ['rm', '--force', '--volumes', CONTAINER], { env: podmanEnv, stdio: 'ignore' });
      if (tmp) rmSync(tmp, { recursive: true, force: true });
      if (report.length > 0) console.log(`\ncontainer image report\n  ${report.join('\n  ')}\n`);
    }, 60_000);

    it('is built on the stand-in base image, and its size is reported', () => {
      report.push(
        `image ${IMAGE}: ${mb(inspect.Size)} (base image stand-in ${mb(baseSize)}), build ${buildSeconds.toFixed(0)} s`,
      );
      expect(inspect.Config.Entrypoint).toEqual(['dumb-init', '--']);
      expect(inspect.Size).toBeGreaterThan(baseSize);
    });

    it('runs the compiled gateway as the node user (uid 1000) from its ENTRYPOINT and CMD', () => {
      expect(user.uid).toBe(1000);
      expect(user.gid).toBe(1000);
      const pid = child!.pid!;
      expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0]).toBe('dumb-init');
      const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .map(Number);
      expect(children).toHaveLength(1);
      const node = children[0]!;
      expect(readFileSync(`/proc/${node}/cmdline`, 'utf8').split('\0').filter(Boolean)).toEqual(
        inspect.Config.Cmd,
      );
      expect(inspect.Config.Cmd).toContain('dist/main.js');
      for (const p of [pid, node]) {
        expect(procStatus(p).uid.split(/\s+/)).toEqual(['1000', '1000', '1000', '1000']);
        expect(procStatus(p).gid.split(/\s+/)).toEqual(['1000', '1000', '1000', '1000']);
      }
    });

    it('answers /health', async () => {
      const response = await fetch(`${base}/health`);
      expect(response.status).toBe(200);
    });

    it("passes the image's HEALTHCHECK, run inside the container", () => {
      const test = inspect.Healthcheck?.Test ?? [];
      expect(test[0]).toMatch(/^CMD(-SHELL)?$/);
      const command = test[0] === 'CMD-SHELL' ? ['/bin/sh', '-c', test[1]!] : test.slice(1);
      const started = performance.now();
      const result = execInContainer(command);
      const ms = performance.now() - started;
      report.push(
        `HEALTHCHECK exit ${result.status} in ${ms.toFixed(0)} ms (image timeout ${(inspect.Healthcheck?.Timeout ?? 0) / 1e9} s)`,
      );
      expect(result.error).toBeUndefined();
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    });

    it('takes a job on the embedded simulator to DONE and serves its GLB', async () => {
      const { submitJob } = await graphql<{ submitJob: { id: string } }>(
        base,
        'mutation { submitJob(input:{prompt:"a chair"}) { id } }',
      );
      jobId = submitJob.id;
      type Job = {
        status: string;
        errorCode: string | null;
        errorMessage: string | null;
        resultFiles: Array<{ type: string; url: string }>;
      };
      const deadline = Date.now() + 180_000;
      let job: Job;
      for (;;) {
        ({ job } = await graphql<{ job: Job }>(
          base,
          'query ($id: ID!) { job(id: $id) { status errorCode errorMessage resultFiles { type url } } }',
          { id: jobId },
        ));
        if (job.status === 'DONE') break;
        if (job.status === 'FAIL' || job.status === 'CANCELED')
          throw new Error(`job ended ${JSON.stringify(job)}`);
        if (Date.now() > deadline) throw new Error(`job not DONE within 180 s: ${JSON.stringify(job)}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      const glb = job.resultFiles.find((f) => f.type === 'GLB');
      expect(glb).toBeDefined();
      const url = new URL(glb!.url, base);
      expect(url.pathname).toMatch(/^\/files\//);
      const response = await fetch(new URL(url.pathname, base));
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('glTF');
      report.push(`job ${jobId} DONE on the embedded simulator, GLB ${bytes.length} bytes`);
    });

    it('runs the h3d client of package.json "bin" inside the container, against the gateway', () => {
      const result = execInContainer(['npx', '--no-install', 'h3d', 'get', jobId, '--json', '--url', base]);
      expect(result.error).toBeUndefined();
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ id: jobId, status: 'DONE' });
    });

    it('keeps its SQLite file and result files in the volume', () => {
      const gatewayDb = env.find((e) => e.startsWith('GATEWAY_DB='))?.slice('GATEWAY_DB='.length) ?? '';
      expect(volume).toBe('/data');
      expect(posix.dirname(gatewayDb)).toBe(volume);
      const onVolume = join(dataDir, posix.basename(gatewayDb));
      expect(readFileSync(onVolume).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
      expect(statSync(onVolume).uid).toBe(1000);
      // The result files the gateway keeps are on the volume too.
      expect(readdirSync(join(dataDir, 'files', jobId)).some((f) => f.endsWith('.glb'))).toBe(true);
      // Nothing was written to the container's own layer under the volume path.
      expect(readdirSync(join(rootfs, volume))).toEqual([]);
    });

    it(`stops on SIGTERM within ${STOP_BOUND_MS / 1000} s with exit 0`, async () => {
      const started = performance.now();
      child!.kill('SIGTERM');
      const result = await Promise.race([
        exited,
        new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), STOP_BOUND_MS + 20_000)),
      ]);
      stopMs = performance.now() - started;
      report.push(`SIGTERM to exit: ${stopMs.toFixed(0)} ms, ${JSON.stringify(result)}`);
      expect(result).toEqual({ code: 0, signal: null });
      expect(stopMs).toBeLessThan(STOP_BOUND_MS);
      // Closed cleanly: the WAL was checkpointed into the database file on the volume, job included.
      const gatewayDb = join(dataDir, 'gateway.db');
      expect(readFileSync(gatewayDb).includes(jobId)).toBe(true);
      expect(existsSync(`${gatewayDb}-wal`)).toBe(false);
    });

    it('holds no dev dependencies, tests, TypeScript sources or build-time settings', () => {
      const app = join(rootfs, workdir);
      expect(existsSync(join(app, 'dist/main.js'))).toBe(true);
      for (const name of ['vitest', 'typescript', 'esbuild', 'tsx', '@biomejs/biome', 'playwright-core']) {
        expect(existsSync(join(app, 'node_modules', name)), `node_modules/${name}`).toBe(false);
      }
      // Every package the lockfile marks dev-only, not just the well-known ones.
      const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
        packages: Record<string, { dev?: boolean }>;
      };
      const devOnly = Object.entries(lock.packages)
        .filter(([path, entry]) => path.startsWith('node_modules/') && entry.dev === true)
        .map(([path]) => path);
      expect(devOnly.length).toBeGreaterThan(0);
      expect(devOnly.filter((path) => existsSync(join(app, path)))).toEqual([]);
      for (const dir of ['test', 'src', 'bench', 'scripts']) {
        expect(existsSync(join(app, dir)), dir).toBe(false);
      }
      const typescript = walk(app, (path) => path === join(app, 'node_modules')).filter(
        (path) => /\.[cm]?tsx?$/.test(path) && !/\.d\.[cm]?ts$/.test(path),
      );
      expect(typescript).toEqual([]);
      // The sandbox-only npm settings mounted during the build left nothing behind.
      expect(readdirSync(join(rootfs, 'usr/local/etc'))).toEqual([]);
    });
  },
);
