import type { JobRecord } from '../domain/job.ts';

type Path = (string | number)[];

/** Key under which the encoders list the undefined fields; JobRecord has no such key. */
const UNDEFINED_PATHS_KEY = '$undefined';

function collectUndefinedPaths(value: unknown, path: Path, found: Path[]): void {
  const visit = (child: unknown, key: string | number): void => {
    if (child === undefined) found.push([...path, key]);
    else collectUndefinedPaths(child, [...path, key], found);
  };
  if (Array.isArray(value)) value.forEach(visit);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) visit(child, key);
  }
}

/**
 * JSON that keeps `undefined`: JSON drops `undefined` properties, but a JobRecord's
 * `upstreamJobId: undefined` is a present key (and input may carry explicit undefineds), so the
 * paths are listed beside the value and `parseKeepingUndefined` puts them back. Top-level keys keep
 * their order, which the Redis store relies on (it splices `seq`, the first key, and `queueRound`,
 * the second of a QUEUED insert, in Lua).
 */
export function stringifyKeepingUndefined(value: unknown): string {
  const paths: Path[] = [];
  collectUndefinedPaths(value, [], paths);
  if (paths.length === 0 || value === null || typeof value !== 'object' || Array.isArray(value)) {
    return JSON.stringify(value);
  }
  return JSON.stringify({ ...value, [UNDEFINED_PATHS_KEY]: paths });
}

export function parseKeepingUndefined(text: string): unknown {
  const parsed: unknown = JSON.parse(text);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return parsed;
  const record = parsed as Record<string, unknown>;
  const paths = (record[UNDEFINED_PATHS_KEY] ?? []) as Path[];
  delete record[UNDEFINED_PATHS_KEY];
  for (const path of paths) {
    let node = record as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[path[path.length - 1]!] = undefined;
  }
  return record;
}

/** A JobRecord as text such that `decodeJobRecord` gives back a strictly equal object. */
export function encodeJobRecord(job: JobRecord): string {
  return stringifyKeepingUndefined(job);
}

export function decodeJobRecord(text: string): JobRecord {
  // The stores wrote this text from a JobRecord; their indexes are all they check.
  const job = parseKeepingUndefined(text) as JobRecord;
  // Written before fair-queue rounds existed: such a job has no round (it sorts first).
  if (!Object.hasOwn(job, 'queueRound')) job.queueRound = undefined;
  return job;
}

/**
 * About how many bytes `value` takes as JSON, without building the text (strings by length, numbers
 * as 16, quotes and punctuation counted): cheap enough to size every cache entry, and for the ASCII
 * text of job records at or above the real size but for escapes.
 */
export function estimateJsonBytes(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return value.length + 2;
    case 'number':
      return 16;
    case 'boolean':
      return 5;
    case 'object': {
      if (value === null) return 4;
      let bytes = 2;
      if (Array.isArray(value)) {
        for (const item of value) bytes += estimateJsonBytes(item) + 1;
        return bytes;
      }
      for (const [key, item] of Object.entries(value)) bytes += key.length + 4 + estimateJsonBytes(item);
      return bytes;
    }
    default:
      return 0;
  }
}
