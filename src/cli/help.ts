/** The text of `h3d --help` and `h3d <command> --help`. */
import { COMMANDS, findCommand } from './args.ts';
import { EXIT_CODES_HELP } from './exit-codes.ts';

export const DEFAULT_URL = 'http://127.0.0.1:4000';

const CONNECTION = `Gateway:
  --url URL        the gateway (default: $H3D_URL, else ${DEFAULT_URL})
  --api-key KEY    sent as "Authorization: Bearer KEY" (default: $H3D_API_KEY)
  --json           machine-readable output on stdout (one JSON document; watching: one
                   JSON object per line); messages go to stderr
  -h, --help       this help`;

const SUBMIT_OPTIONS = `Submit options (see SubmitJobInput in the README for each field):
  --image FILE|URL        an image: a local file is sent inline (imageBase64), an
                          http(s) URL as imageUrl
  --kind KIND             PRO (default), RAPID, SMART_TOPOLOGY, UV, TEXTURE_EDIT, PART,
                          CONVERT, AUTO_RIGGING, ... (case-insensitive)
  --face-count N          target face count (PRO: 3000-1500000)
  --pbr                   physically based materials (enablePBR)
  --generate-type T       NORMAL, LOW_POLY, GEOMETRY, SKETCH
  --polygon-type T        TRIANGLE, QUADRILATERAL
  --face-level L          SMART_TOPOLOGY: HIGH, MEDIUM, LOW
  --format F              CONVERT: STL, USDZ, FBX, MP4, GIF
  --result-format F       RAPID: an extra result format
  --model V               model version (e.g. 3.1)
  --motion-type N         AUTO_RIGGING: preset motion 1-48
  --file-from-job ID      post-processing input: a DONE job's result
  --file-url URL          post-processing input: a model anywhere
  --file-type T           the input model's type (GLB, FBX, OBJ), or which of the
                          job's results to take
  --idempotency-key K     the same key returns the same job instead of a second one
  --start-by TIME         ISO 8601: cancel the job if it is still queued then`;

const WATCH_OPTIONS = `Watching:
  -w, --watch      follow the job to its end with a live progress line (stderr), then
                   download its result files and print their paths (stdout)
  -o, --out DIR    where downloaded files go (default: the current directory)`;

const HELP: Record<string, string> = {
  submit: `Usage: h3d submit [PROMPT...] [options]

Submits a generation (or, with --kind, a post-processing job) and prints its id.
Words of PROMPT are joined by spaces; quote it to be safe.

${SUBMIT_OPTIONS}

${WATCH_OPTIONS}

Examples:
  h3d submit "a small wooden chair" --watch --out models/
  h3d submit --image photo.png --kind RAPID
  h3d submit --kind CONVERT --file-from-job job_abc --format STL --watch`,
  get: `Usage: h3d get ID

Prints a job: status, queue position, times, errors and result file URLs.
ID is a gateway job id (job_...) or a 19-digit Tencent JobId.`,
  jobs: `Usage: h3d jobs [--first N] [--status STATUS] [--after CURSOR]

Lists recent jobs, newest first.
  --first N          how many (1-100, default 20)
  --status STATUS    only jobs in QUEUED, WAIT, RUN, DONE, FAIL or CANCELED
  --after CURSOR     the next page (the cursor the previous page printed)`,
  watch: `Usage: h3d watch ID [--out DIR]

Follows a job to its end with a live progress line. Exits 0 when it is DONE, 1 when it
ends FAIL or CANCELED. With --out, downloads its result files there when DONE.
Ctrl-C stops watching; the job goes on on the gateway.`,
  download: `Usage: h3d download ID [--out DIR]

Downloads a DONE job's result files (models and preview images) into DIR (default: the
current directory) as <job id>-<file name>, and prints their paths.`,
  cancel: `Usage: h3d cancel ID

Cancels a job still queued in the gateway (one already sent to Tencent cannot be:
JOB_NOT_CANCELABLE, exit 5).`,
  retry: `Usage: h3d retry ID [--watch] [--out DIR]

Submits a FAIL or CANCELED job's input again as a new job (linked by retryOf) and prints
the new job's id.

${WATCH_OPTIONS}`,
  pipeline: `Usage: h3d pipeline submit STEPS.json [--watch] [--out DIR]
       h3d pipeline get ID
       h3d pipeline watch ID [--out DIR]
       h3d pipeline cancel ID

A pipeline runs a chain of jobs on the gateway, each step taking an earlier step's result.
STEPS.json holds a JSON array of SubmitJobInput objects (or { "steps": [...] }; "-" reads
standard input), later steps naming their source with "file": { "fromStep": N }:

  [ { "prompt": "a wooden chair" },
    { "kind": "SMART_TOPOLOGY", "file": { "fromStep": 1 }, "faceLevel": "LOW" },
    { "kind": "CONVERT", "file": { "fromStep": 2 }, "format": "STL" } ]

watch and submit --watch exit 0 when every step is DONE (and download the last step's
files), 1 when the pipeline ends FAIL or CANCELED. cancel cancels every step not sent yet.`,
};
HELP['pipeline submit'] =
  `${HELP.pipeline}\n\n  --idempotency-key K   the same key returns the same pipeline\n  --start-by TIME       ISO 8601: cancel the first step if still queued then\n\n${WATCH_OPTIONS}`;
HELP['pipeline get'] = HELP.pipeline!;
HELP['pipeline watch'] = HELP.pipeline!;
HELP['pipeline cancel'] = HELP.pipeline!;

export function overview(version: string): string {
  return `h3d ${version}: command-line client of the Hunyuan 3D gateway

Usage: h3d <command> [arguments] [options]

Commands:
  submit [PROMPT]         submit a job (--watch to follow it and download the results)
  get ID                  show a job
  jobs                    list recent jobs
  watch ID                follow a job to its end
  download ID             download a DONE job's result files
  cancel ID               cancel a queued job
  retry ID                submit a failed or canceled job again
  pipeline submit FILE    run a chain of steps (also: pipeline get|watch|cancel ID)

Run "h3d <command> --help" for a command's options.

${CONNECTION}
  -V, --version    print the version

${EXIT_CODES_HELP}
`;
}

/** Help for one command (or the pipeline group), or undefined when there is no such command. */
export function commandHelp(topic: string): string | undefined {
  const name = topic === 'pipeline' ? 'pipeline' : findCommand(topic.split(' '))?.spec.name;
  const text = name ? HELP[name] : undefined;
  if (!text) return undefined;
  return `${text}\n\n${CONNECTION}\n\n${EXIT_CODES_HELP}\n`;
}

/** Every command has help text (checked by the unit tests). */
export const HELP_TOPICS = COMMANDS.map((c) => c.name);
