/**
 * From `h3d submit`'s options to a SubmitJobInput, and from a steps file to a pipeline. Only what the
 * command line itself can get wrong is checked here (a number that is not one, an unreadable file):
 * whether a value is allowed (a face count's range, a kind's fields) is the gateway's to say, with its
 * own code and field, so the CLI never disagrees with it.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { SubmitJobInput } from '../client/types.ts';
import { intOption, type OptionValues } from './args.ts';
import { UsageError } from './exit-codes.ts';

/** GraphQL's Int: beyond it the gateway could not even read the value. */
const INT_MAX = 2 ** 31 - 1;

function upper<T extends string>(value: string | undefined): T | undefined {
  return value === undefined ? undefined : (value.trim().toUpperCase() as T);
}

/**
 * Far above any input the gateway takes (Tencent's images: 10 MB at most), so the gateway stays the
 * one to name the real limit; it only keeps a wrong path (a video, a disk image) out of memory.
 */
export const MAX_INPUT_FILE_BYTES = 64 * 1024 * 1024;

async function readInputFile(path: string, cwd: string, what: string): Promise<Buffer> {
  try {
    const full = resolve(cwd, path);
    // A device or a FIFO (/dev/zero, a named pipe) has no size and could be read forever.
    const info = await stat(full);
    if (!info.isFile() && !info.isDirectory())
      throw new UsageError(`cannot read ${what} ${path}: not a regular file`);
    if (info.size > MAX_INPUT_FILE_BYTES)
      throw new UsageError(
        `cannot read ${what} ${path}: ${(info.size / 1024 / 1024).toFixed(0)} MiB is far above what the gateway accepts`,
      );
    return await readFile(full);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as { code?: unknown }).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a directory'
            : err instanceof Error
              ? err.message
              : String(err);
    throw new UsageError(`cannot read ${what} ${path}: ${reason}`);
  }
}

/** `--image`: a URL goes as imageUrl, anything else is a file sent inline as imageBase64. */
async function image(value: string, cwd: string): Promise<Pick<SubmitJobInput, 'imageUrl' | 'imageBase64'>> {
  if (/^https?:\/\//i.test(value)) return { imageUrl: value };
  const bytes = await readInputFile(value, cwd, 'image file');
  if (bytes.length === 0) throw new UsageError(`cannot read image file ${value}: it is empty`);
  return { imageBase64: bytes.toString('base64') };
}

export async function submitInput(
  prompt: string | undefined,
  v: OptionValues,
  cwd: string,
): Promise<SubmitJobInput> {
  const input: SubmitJobInput = {};
  if (prompt !== undefined && prompt !== '') input.prompt = prompt;
  if (v.image !== undefined) Object.assign(input, await image(v.image, cwd));
  const kind = upper<NonNullable<SubmitJobInput['kind']>>(v.kind);
  if (kind) input.kind = kind;
  if (v['face-count'] !== undefined) input.faceCount = intOption('face-count', v['face-count'], 0, INT_MAX);
  if (v.pbr) input.enablePBR = true;
  const generateType = upper<NonNullable<SubmitJobInput['generateType']>>(v['generate-type']);
  if (generateType) input.generateType = generateType;
  const polygonType = upper<NonNullable<SubmitJobInput['polygonType']>>(v['polygon-type']);
  if (polygonType) input.polygonType = polygonType;
  const faceLevel = upper<NonNullable<SubmitJobInput['faceLevel']>>(v['face-level']);
  if (faceLevel) input.faceLevel = faceLevel;
  if (v.format !== undefined) input.format = v.format.toUpperCase();
  if (v['result-format'] !== undefined) input.resultFormat = v['result-format'].toUpperCase();
  if (v.model !== undefined) input.model = v.model;
  if (v['motion-type'] !== undefined)
    input.motionType = intOption('motion-type', v['motion-type'], 0, INT_MAX);
  if (v['file-from-job'] !== undefined && v['file-url'] !== undefined) {
    throw new UsageError('give either --file-from-job or --file-url, not both');
  }
  if (v['file-from-job'] !== undefined || v['file-url'] !== undefined || v['file-type'] !== undefined) {
    input.file = {};
    if (v['file-from-job'] !== undefined) input.file.fromJob = v['file-from-job'];
    if (v['file-url'] !== undefined) input.file.url = v['file-url'];
    if (v['file-type'] !== undefined) input.file.type = v['file-type'].toUpperCase();
  }
  if (Object.keys(input).length === 0) {
    throw new UsageError('submit needs a prompt, --image, or a model (--file-from-job, --file-url)');
  }
  return input;
}

/** A steps file: a JSON array of SubmitJobInput, or `{ "steps": [...] }`; `-` is standard input. */
export async function pipelineSteps(
  path: string,
  cwd: string,
  readStdin: () => Promise<string>,
): Promise<SubmitJobInput[]> {
  const text =
    path === '-' ? await readStdin() : (await readInputFile(path, cwd, 'steps file')).toString('utf8');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${path} is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const steps = Array.isArray(doc) ? doc : (doc as { steps?: unknown } | null)?.steps;
  if (
    !Array.isArray(steps) ||
    steps.length === 0 ||
    !steps.every((s) => s && typeof s === 'object' && !Array.isArray(s))
  ) {
    throw new UsageError(`${path} must hold a non-empty JSON array of step objects (or { "steps": [...] })`);
  }
  return steps as SubmitJobInput[];
}
