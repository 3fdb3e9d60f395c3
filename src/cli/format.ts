/**
 * Human-readable text for jobs and pipelines: the progress line while watching, the block `h3d get`
 * prints, the rows of `h3d jobs`. Pure functions of a snapshot and the current time, so the unit tests
 * pin the wording without a terminal or a gateway.
 */
import type { Job, Pipeline } from '../client/types.ts';

/** `0:07`, `12:34`, `1:02:03`: elapsed time, in the way a stopwatch shows it. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** `in 42s`, `in 3m 05s`, or `overdue` once the estimate has passed. */
export function formatEta(at: string, now: number): string {
  const ms = Date.parse(at) - now;
  if (Number.isNaN(ms)) return at;
  if (ms <= 0) return 'any moment';
  const s = Math.ceil(ms / 1000);
  if (s < 60) return `in ${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `in ${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `in ${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/** `14:03:27` local time, for an absolute estimate next to the countdown. */
function clock(at: string): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? at : d.toTimeString().slice(0, 8);
}

/** Where a job stands, without times: `QUEUED #2 (SLOTS_BUSY)`, `RUN 45%`, `FAIL InvalidParameter`. */
export function describeState(job: Job): string {
  const parts: string[] = [job.status];
  if (job.status === 'QUEUED') {
    if (job.queuePosition !== null) parts.push(`#${job.queuePosition}`);
    if (job.queueReason) parts.push(`(${job.queueReason})`);
  }
  if ((job.status === 'WAIT' || job.status === 'RUN') && job.progress !== null)
    parts.push(`${job.progress}%`);
  if (job.stalled) parts.push('stalled');
  if (job.attempts > 1) parts.push(`attempt ${job.attempts}`);
  if ((job.status === 'FAIL' || job.status === 'CANCELED') && job.errorCode) parts.push(job.errorCode);
  return parts.join(' ');
}

/** Time since the job was submitted; a finished job's stops at its end. */
export function elapsedMs(job: Job, now: number): number {
  const from = Date.parse(job.submittedAt);
  const to = job.finishedAt ? Date.parse(job.finishedAt) : now;
  return Number.isNaN(from) || Number.isNaN(to) ? 0 : Math.max(0, to - from);
}

/**
 * The progress line: `job_… RUN 45% · done in 12s (14:03:27) · 0:07`. Status first so a line cut
 * to a narrow terminal keeps what matters most.
 */
export function progressLine(job: Job, now: number): string {
  const parts = [`${job.id} ${describeState(job)}`];
  const active = job.status === 'QUEUED' || job.status === 'WAIT' || job.status === 'RUN';
  if (active && job.estimatedCompletionAt) {
    parts.push(`done ${formatEta(job.estimatedCompletionAt, now)} (${clock(job.estimatedCompletionAt)})`);
  }
  parts.push(formatDuration(elapsedMs(job, now)));
  return parts.join(' · ');
}

/** The `h3d get` block: one `label: value` per line, fields without a value left out. */
export function formatJob(job: Job): string {
  const rows: Array<[string, string | number | null | undefined]> = [
    ['id', job.id],
    ['kind', job.kind],
    ['status', describeState(job)],
    ['prompt', job.prompt],
    ['image', job.imageUrl],
    [
      'model from',
      job.file?.fromJob ?? job.file?.url ?? (job.file?.fromStep ? `step ${job.file.fromStep}` : null),
    ],
    ['format', job.format],
    ['pipeline', job.pipelineId ? `${job.pipelineId} step ${job.pipelineStep}` : null],
    ['retry of', job.retryOf?.id],
    ['submitted', job.submittedAt],
    ['started', job.startedAt],
    ['finished', job.finishedAt],
    ['estimated', job.status === 'DONE' ? null : job.estimatedCompletionAt],
    ['expires', job.expiresAt],
    ['upstream job', job.upstreamJobId],
    ['error', job.errorCode ? `${job.errorCode}: ${job.errorMessage ?? ''}`.trim() : job.errorMessage],
  ];
  const lines = rows
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${v}`);
  for (const file of job.resultFiles) {
    lines.push(`result ${file.type}: ${file.url}`);
    if (file.previewImageUrl) lines.push(`preview: ${file.previewImageUrl}`);
  }
  return `${lines.map((l) => l.replace(/^([^:]+):/, (_, k: string) => `${k.padEnd(12)}:`)).join('\n')}\n`;
}

/** Cuts text to `max` characters with an ellipsis (never in the middle of a surrogate pair). */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return max <= 1 ? chars.slice(0, max).join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** `h3d jobs`: one aligned row per job, newest first as the gateway lists them. */
export function formatJobTable(jobs: readonly Job[]): string {
  if (jobs.length === 0) return 'no jobs\n';
  const rows = jobs.map((j) => [
    j.id,
    describeState(j),
    j.kind,
    j.submittedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z'),
    truncate((j.prompt ?? j.file?.fromJob ?? j.imageUrl ?? '').replace(/\s+/g, ' '), 50),
  ]);
  const header = ['ID', 'STATUS', 'KIND', 'SUBMITTED', 'PROMPT'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(widths[i]! - [...c].length)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

/** A pipeline: its status, then one line per step. */
export function formatPipeline(pipeline: Pipeline, now: number): string {
  const lines = [`pipeline ${pipeline.id} ${pipeline.status}`];
  pipeline.steps.forEach((step, i) => {
    const waiting =
      step.queueReason === 'PREVIOUS_STEP' && step.file?.fromStep
        ? ` (waiting for step ${step.file.fromStep})`
        : '';
    const detail =
      step.status === 'FAIL' || step.status === 'CANCELED'
        ? step.errorMessage
          ? `: ${step.errorMessage}`
          : ''
        : '';
    const results = step.resultFiles.length ? ` → ${step.resultFiles.map((f) => f.type).join(', ')}` : '';
    lines.push(`  ${i + 1}. ${step.kind.padEnd(14)} ${progressLine(step, now)}${waiting}${results}${detail}`);
  });
  return `${lines.join('\n')}\n`;
}

/** The line `watch` and `--watch` print when a job ends badly (exit 1). */
export function failureLine(job: Job): string {
  const why = [job.errorCode, job.errorMessage].filter(Boolean).join(': ');
  return `job ${job.id} ended ${job.status}${why ? `: ${why}` : ''}`;
}
