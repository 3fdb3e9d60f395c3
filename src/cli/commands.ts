/**
 * What each `h3d` command does, through the client library only (src/client/). Every command
 * resolves to its exit code; failures are thrown and turned into a code and a message by
 * exit-codes.ts, so no command prints an error of its own except a job that ended badly.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Client, Job, Pipeline, ResultFile } from '../client/types.ts';
import { FINAL_STATUSES } from '../client/types.ts';
import { intOption, type OptionValues } from './args.ts';
import { CliFailure, EXIT, type ExitCode, RefusedError, UsageError } from './exit-codes.ts';
import {
  describeState,
  failureLine,
  formatJob,
  formatJobTable,
  formatPipeline,
  progressLine,
} from './format.ts';
import { pipelineSteps, submitInput } from './input.ts';
import { ProgressLine, type ProgressStream } from './progress.ts';

export interface CliIo {
  stdout: ProgressStream;
  stderr: ProgressStream;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Aborted by Ctrl-C: requests and streams in flight stop, the command reports it (exit 130). */
  signal: AbortSignal;
  readStdin: () => Promise<string>;
  now?: () => number;
}

export interface Context {
  client: Client;
  io: CliIo;
  url: string;
  json: boolean;
  args: string[];
  values: OptionValues;
}

/** Thrown when Ctrl-C stopped a watch: the job is fine, only this process stops following it. */
export class WatchInterrupted extends Error {
  override readonly name = 'WatchInterrupted';
  constructor(readonly what: string) {
    super(
      `stopped watching ${what}; it continues on the gateway (h3d ${what.startsWith('pl_') ? 'pipeline ' : ''}watch ${what} to follow it again)`,
    );
  }
}

/**
 * How often the progress line asks for a fresh snapshot between pushed events: queue position,
 * estimate and progress are computed when asked, and a pushed event carries them only as of the
 * last change of the job itself.
 */
const REFRESH_MS = 2000;

const isFinal = (job: Job) => FINAL_STATUSES.includes(job.status);

function out(ctx: Context, text: string): void {
  ctx.io.stdout.write(text);
}

function say(ctx: Context, text: string): void {
  ctx.io.stderr.write(`${text}\n`);
}

function json(ctx: Context, value: unknown): void {
  out(ctx, `${JSON.stringify(value)}\n`);
}

function now(ctx: Context): number {
  return (ctx.io.now ?? Date.now)();
}

/**
 * Follows a stream of snapshots to its end: JSON lines with --json, else the progress line on stderr,
 * refreshed between events. Returns the last snapshot; WatchInterrupted on Ctrl-C.
 */
async function follow<T>(
  ctx: Context,
  what: string,
  open: (signal: AbortSignal) => AsyncIterableIterator<T>,
  fetchNow: (signal: AbortSignal) => Promise<T | null>,
  view: { version(t: T): number; done(t: T): boolean; line(t: T, now: number): string; key(t: T): string },
): Promise<T> {
  // Our own controller under Ctrl-C's, so the refresh loop and the stream also stop when the watch ends.
  const controller = new AbortController();
  const onInterrupt = () => controller.abort(ctx.io.signal.reason);
  ctx.io.signal.addEventListener('abort', onInterrupt, { once: true });
  const progress = new ProgressLine(ctx.io.stderr, { now: () => now(ctx) });
  let latest: T | undefined;
  const show = (t: T) => progress.update((at) => view.line(t, at), view.key(t));
  let refreshing = false;
  const timer = ctx.json
    ? undefined
    : setInterval(() => {
        if (refreshing || !latest || view.done(latest)) return;
        refreshing = true;
        fetchNow(controller.signal)
          .then((fresh) => {
            // An older version than the pushed one would move the line backwards.
            if (fresh && latest && view.version(fresh) >= view.version(latest) && !view.done(latest)) {
              latest = fresh;
              show(fresh);
            }
          })
          // The stream reports real failures; a refresh that fails only leaves the line as it was.
          .catch(() => undefined)
          .finally(() => {
            refreshing = false;
          });
      }, REFRESH_MS);
  try {
    for await (const t of open(controller.signal)) {
      latest = t;
      if (ctx.json) json(ctx, t);
      else show(t);
      if (view.done(t)) break;
    }
  } catch (err) {
    if (ctx.io.signal.aborted) throw new WatchInterrupted(what);
    throw err;
  } finally {
    if (timer) clearInterval(timer);
    ctx.io.signal.removeEventListener('abort', onInterrupt);
    controller.abort();
    progress.end();
  }
  if (ctx.io.signal.aborted) throw new WatchInterrupted(what);
  if (!latest || !view.done(latest)) {
    throw new CliFailure(`the gateway closed the status stream of ${what} before it finished`);
  }
  return latest;
}

function followJob(ctx: Context, id: string): Promise<Job> {
  return follow(
    ctx,
    id,
    (signal) => ctx.client.watch(id, { signal }),
    (signal) => ctx.client.get(id, { signal }),
    {
      version: (j) => j.version,
      done: isFinal,
      line: progressLine,
      key: (j) => describeState({ ...j, progress: null }),
    },
  );
}

/** The step a pipeline is busy with (the first not DONE), for its one-line progress. */
function pipelineLine(p: Pipeline, at: number): string {
  const index = p.steps.findIndex((s) => s.status !== 'DONE');
  const step = p.steps[index === -1 ? p.steps.length - 1 : index];
  if (!step) return `${p.id} ${p.status}`;
  return `${p.id} ${p.status} · step ${index === -1 ? p.steps.length : index + 1}/${p.steps.length} ${step.kind} ${progressLine(step, at)}`;
}

const pipelineEnded = (p: Pipeline) => p.steps.every(isFinal);

function followPipeline(ctx: Context, id: string): Promise<Pipeline> {
  return follow(
    ctx,
    id,
    (signal) => ctx.client.watchPipeline(id, { signal }),
    (signal) => ctx.client.getPipeline(id, { signal }),
    {
      version: (p) => p.steps.reduce((sum, s) => sum + s.version, 0),
      done: pipelineEnded,
      line: pipelineLine,
      key: (p) => `${p.status} ${p.steps.map((s) => describeState({ ...s, progress: null })).join(',')}`,
    },
  );
}

interface Downloaded {
  path: string;
  type: string;
  url: string;
  contentType: string;
  bytes: number;
}

/** `<job id>-<file name>`; a name two files share gets its index too, so nothing is overwritten. */
function plan(job: Job): Array<{ url: string | ResultFile; type: string; name: string }> {
  const items: Array<{ url: string | ResultFile; type: string; key: string; base: string }> = [];
  const seen = new Set<string>();
  job.resultFiles.forEach((file) => {
    if (!seen.has(file.url)) {
      seen.add(file.url);
      items.push({ url: file, type: file.type, key: file.url, base: lastSegment(file.url) });
    }
    if (file.previewImageUrl && !seen.has(file.previewImageUrl)) {
      seen.add(file.previewImageUrl);
      items.push({
        url: file.previewImageUrl,
        type: 'PREVIEW',
        key: file.previewImageUrl,
        base: lastSegment(file.previewImageUrl),
      });
    }
  });
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.base, (counts.get(item.base) ?? 0) + 1);
  return items.map((item, i) => ({
    url: item.url,
    type: item.type,
    name: `${job.id}-${(counts.get(item.base) ?? 0) > 1 ? `${i + 1}-` : ''}${item.base}`,
  }));
}

function lastSegment(url: string): string {
  let path = url;
  try {
    path = new URL(url, 'http://x/').pathname;
  } catch {
    // Not a URL: its own last segment is the best name there is.
  }
  const name = decodeURIComponent(path.split('/').filter(Boolean).pop() ?? 'file');
  // Never a path: a name from the gateway must not climb out of --out.
  return name.replace(/[/\\]/g, '_').replace(/^\.+/, '_') || 'file';
}

async function downloadResults(ctx: Context, job: Job): Promise<Downloaded[]> {
  const dir = resolve(ctx.io.cwd, ctx.values.out ?? '.');
  const shown = ctx.values.out ?? '.';
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw new CliFailure(`cannot create ${shown}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const done: Downloaded[] = [];
  for (const item of plan(job)) {
    const file = await ctx.client.download(item.url, { signal: ctx.io.signal });
    const path = join(dir, item.name);
    const tmp = `${path}.${process.pid}.part`;
    try {
      // Renamed into place: an interrupted download never leaves a truncated model under the real name.
      await writeFile(tmp, file.bytes);
      await rename(tmp, path);
    } catch (err) {
      throw new CliFailure(
        `cannot write ${join(shown, item.name)}: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    done.push({
      path: join(shown, item.name),
      type: item.type,
      url: typeof item.url === 'string' ? item.url : item.url.url,
      contentType: file.contentType,
      bytes: file.bytes.length,
    });
  }
  return done;
}

function reportDownloads(ctx: Context, files: Downloaded[]): void {
  if (ctx.json) {
    json(ctx, { files });
    return;
  }
  for (const f of files) out(ctx, `${f.path}\n`);
  say(ctx, files.length ? `downloaded ${files.length} file(s)` : 'the job has no result files');
}

/** After following a job: its files when DONE (and asked for), exit 1 with the reason otherwise. */
async function finishJob(ctx: Context, job: Job, download: boolean): Promise<ExitCode> {
  if (job.status !== 'DONE') {
    say(ctx, failureLine(job));
    return EXIT.JOB_FAILED;
  }
  if (download) reportDownloads(ctx, await downloadResults(ctx, job));
  return EXIT.OK;
}

/** What submit and retry print for a job they created, and --watch. */
async function created(ctx: Context, job: Job, verb: string): Promise<ExitCode> {
  if (!ctx.values.watch) {
    if (ctx.json) json(ctx, job);
    else {
      out(ctx, `${job.id}\n`);
      say(ctx, `${verb} ${job.id} (${describeState(job)}); follow it with: h3d watch ${job.id}`);
    }
    return EXIT.OK;
  }
  if (!ctx.json) say(ctx, `${verb} ${job.id}`);
  return finishJob(ctx, await followJob(ctx, job.id), true);
}

async function mustGet(ctx: Context, id: string): Promise<Job> {
  const job = await ctx.client.get(id, { signal: ctx.io.signal });
  if (!job) throw new RefusedError(`no job ${id} on the gateway at ${ctx.url}`, 'NOT_FOUND');
  return job;
}

/** `--out` without `--watch` would be silently ignored: refused before anything is submitted. */
function outNeedsWatch(ctx: Context): void {
  if (ctx.values.out !== undefined && !ctx.values.watch) {
    throw new UsageError('--out goes with --watch (or use h3d download ID --out DIR later)');
  }
}

const JOB_STATUSES = ['QUEUED', 'WAIT', 'RUN', 'DONE', 'FAIL', 'CANCELED'] as const;

export const COMMAND_HANDLERS: Record<string, (ctx: Context) => Promise<ExitCode>> = {
  async submit(ctx) {
    outNeedsWatch(ctx);
    const prompt = ctx.args.length ? ctx.args.join(' ') : undefined;
    const input = await submitInput(prompt, ctx.values, ctx.io.cwd);
    const job = await ctx.client.submit(input, {
      idempotencyKey: ctx.values['idempotency-key'],
      startBy: ctx.values['start-by'],
      signal: ctx.io.signal,
    });
    return created(ctx, job, 'submitted');
  },

  async get(ctx) {
    const job = await mustGet(ctx, ctx.args[0]!);
    if (ctx.json) json(ctx, job);
    else out(ctx, formatJob(job));
    return EXIT.OK;
  },

  async jobs(ctx) {
    const status = ctx.values.status?.toUpperCase();
    if (status !== undefined && !(JOB_STATUSES as readonly string[]).includes(status)) {
      throw new UsageError(`--status must be one of ${JOB_STATUSES.join(', ')}, got '${ctx.values.status}'`);
    }
    const page = await ctx.client.list({
      first: ctx.values.first === undefined ? undefined : intOption('first', ctx.values.first, 1, 100),
      after: ctx.values.after,
      status: status as (typeof JOB_STATUSES)[number] | undefined,
      signal: ctx.io.signal,
    });
    if (ctx.json) json(ctx, page);
    else {
      out(ctx, formatJobTable(page.jobs));
      if (page.nextCursor) say(ctx, `more: h3d jobs --after ${page.nextCursor}`);
    }
    return EXIT.OK;
  },

  async watch(ctx) {
    return finishJob(ctx, await followJob(ctx, ctx.args[0]!), ctx.values.out !== undefined);
  },

  async download(ctx) {
    const job = await mustGet(ctx, ctx.args[0]!);
    if (job.status === 'FAIL' || job.status === 'CANCELED') {
      say(ctx, failureLine(job));
      return EXIT.JOB_FAILED;
    }
    if (job.status !== 'DONE') {
      throw new CliFailure(
        `job ${job.id} is ${describeState(job)}: nothing to download yet (h3d watch ${job.id} --out DIR waits for it)`,
      );
    }
    reportDownloads(ctx, await downloadResults(ctx, job));
    return EXIT.OK;
  },

  async cancel(ctx) {
    const job = await ctx.client.cancel(ctx.args[0]!, { signal: ctx.io.signal });
    if (ctx.json) json(ctx, job);
    else out(ctx, `${job.id} ${describeState(job)}\n`);
    return EXIT.OK;
  },

  async retry(ctx) {
    outNeedsWatch(ctx);
    const job = await ctx.client.retry(ctx.args[0]!, {
      startBy: ctx.values['start-by'],
      signal: ctx.io.signal,
    });
    return created(ctx, job, `retrying ${ctx.args[0]} as`);
  },

  async 'pipeline submit'(ctx) {
    outNeedsWatch(ctx);
    const steps = await pipelineSteps(ctx.args[0]!, ctx.io.cwd, ctx.io.readStdin);
    const pipeline = await ctx.client.submitPipeline(steps, {
      idempotencyKey: ctx.values['idempotency-key'],
      startBy: ctx.values['start-by'],
      signal: ctx.io.signal,
    });
    if (!ctx.values.watch) {
      if (ctx.json) json(ctx, pipeline);
      else {
        out(ctx, `${pipeline.id}\n`);
        say(
          ctx,
          `submitted pipeline ${pipeline.id} (${pipeline.steps.length} steps); follow it with: h3d pipeline watch ${pipeline.id}`,
        );
      }
      return EXIT.OK;
    }
    if (!ctx.json) say(ctx, `submitted pipeline ${pipeline.id}`);
    return finishPipeline(ctx, await followPipeline(ctx, pipeline.id), true);
  },

  async 'pipeline get'(ctx) {
    const pipeline = await ctx.client.getPipeline(ctx.args[0]!, { signal: ctx.io.signal });
    if (!pipeline)
      throw new RefusedError(`no pipeline ${ctx.args[0]} on the gateway at ${ctx.url}`, 'NOT_FOUND');
    if (ctx.json) json(ctx, pipeline);
    else out(ctx, formatPipeline(pipeline, now(ctx)));
    return EXIT.OK;
  },

  async 'pipeline watch'(ctx) {
    return finishPipeline(ctx, await followPipeline(ctx, ctx.args[0]!), ctx.values.out !== undefined);
  },

  async 'pipeline cancel'(ctx) {
    const pipeline = await ctx.client.cancelPipeline(ctx.args[0]!, { signal: ctx.io.signal });
    if (ctx.json) json(ctx, pipeline);
    else out(ctx, formatPipeline(pipeline, now(ctx)));
    return EXIT.OK;
  },
};

/** A pipeline's end: the steps on stderr, the last step's files when every step is DONE. */
async function finishPipeline(ctx: Context, pipeline: Pipeline, download: boolean): Promise<ExitCode> {
  if (!ctx.json) ctx.io.stderr.write(formatPipeline(pipeline, now(ctx)));
  const last = pipeline.steps[pipeline.steps.length - 1];
  if (pipeline.status !== 'DONE' || !last) {
    const failed =
      pipeline.steps.find((s) => s.status === 'FAIL') ?? pipeline.steps.find((s) => s.status === 'CANCELED');
    say(ctx, `pipeline ${pipeline.id} ended ${pipeline.status}${failed ? ` (${failureLine(failed)})` : ''}`);
    return EXIT.JOB_FAILED;
  }
  if (download) reportDownloads(ctx, await downloadResults(ctx, last));
  return EXIT.OK;
}
