import type { Conversion, Conversions } from '../files/conversions.ts';
import type { ResultUrlCheck } from '../files/result-hosts.ts';
import { contentTypeOf, resultFileName } from '../files/result-paths.ts';
import { InvalidJobInputError, KindNotAvailableError } from '../jobs/domain/errors.ts';
import { type JobRecord, UPSTREAM_TTL_MS } from '../jobs/domain/job.ts';
import { findSourceJob, pickSourceFile } from '../jobs/domain/model-file.ts';
import { isStorageFailure, StoreUnavailableError } from '../jobs/store/store-errors.ts';
import type { TencentClient } from '../tencent/client.ts';
import { TencentApiError, UpstreamError, upstreamOutcome } from '../tencent/errors.ts';
import {
  CONVERT_FORMATS,
  CONVERT_SYNC_ACTION,
  type CONVERT_SYNC_FIELDS,
  JOB_KINDS,
  PRODUCT_SPECS,
  type ProductSpec,
} from '../tencent/job-kinds.ts';
import { checkConvertRequest } from '../tencent/submit-rules.ts';
import type { RateLimiter } from '../upstream/rate-limiter.ts';

/**
 * `convertModel`: Tencent's synchronous Convert3DFormat (docs/hunyuan-api.md §2.9). No job, no slot, no
 * queue: the request is checked like Tencent checks it, waits for a grant of the action's rate
 * budget, is sent once, and Tencent's answer (a URL) is checked against RESULT_FILE_HOSTS and kept as
 * a conversion record (files/conversions.ts, kept where the jobs are) so `/files` serves it on every
 * replica. Nothing is retried: a call whose outcome is unknown is the client's error to see (it
 * started no job, so repeating it costs one more conversion at most).
 */

/** `{ url, type }` or `{ fromJob, type? }`; `fromStep` is refused (pipelines only). */
export interface ConvertFileInput {
  url?: string | undefined;
  type?: string | undefined;
  fromJob?: string | undefined;
  fromStep?: number | undefined;
}

export interface ConvertRequest {
  file: ConvertFileInput;
  format: string;
}

export interface ConvertCaller {
  owner: string;
  /** Admins may convert any job's result; others only their own jobs'. */
  admin: boolean;
  /** The client's signal: a client gone while waiting for a grant sends nothing. */
  signal?: AbortSignal | undefined;
}

export interface ConvertService {
  convert(req: ConvertRequest, caller: ConvertCaller): Promise<Conversion>;
}

/** Tencent answered, but with no usable file URL (none, a host not allowed, a type not served). */
export class ConversionResultError extends UpstreamError {
  override readonly name = 'ConversionResultError';
  readonly code = 'CONVERSION_RESULT_UNUSABLE' as const;
}

interface ConvertAnswer {
  ResultFile3D?: unknown;
}

export interface ConvertServiceDeps {
  client: TencentClient;
  limiter: RateLimiter;
  /** Finished jobs for `file.fromJob`. */
  repo: {
    get(id: string): Promise<JobRecord | undefined>;
    getByUpstreamId(id: string): Promise<JobRecord | undefined>;
  };
  conversions: Conversions;
  /** The configured Tencent product: Convert3DFormat exists on some only. */
  product: ProductSpec;
  /** RESULT_FILE_HOSTS, as the file cache checks it. */
  checkUrl: ResultUrlCheck;
  now?: () => number;
  /** How long the action pauses after Tencent says RequestLimitExceeded. @default 1000 */
  rateLimitPauseMs?: number;
  /** Every call sent: `outcome` is `ok`, a Tencent error code or an error name (metrics). */
  onUpstreamCall?: (action: string, outcome: string, ms: number) => void;
}

/** Tencent's field → the client's argument. */
const ARG_OF: Readonly<Record<(typeof CONVERT_SYNC_FIELDS)[number], string>> = {
  File3D: 'file.url',
  Format: 'format',
};

function argOf(tencentField: string): string {
  return Object.hasOwn(ARG_OF, tencentField) ? ARG_OF[tencentField as keyof typeof ARG_OF] : 'file';
}

const bad = (field: string, message: string, tencentCode?: string) =>
  new InvalidJobInputError(field, `${field}: ${message}`, tencentCode);

export function createConvertService(deps: ConvertServiceDeps): ConvertService {
  const now = deps.now ?? Date.now;
  // Convert3DFormat takes what SubmitConvert3DFormatJob takes (FBX, OBJ, GLB).
  const accepts = JOB_KINDS.CONVERT;

  /** The URL Tencent gets: the client's, or the upstream URL of a finished job's result. */
  async function sourceUrl(file: ConvertFileInput, caller: ConvertCaller): Promise<string> {
    if (file.fromStep !== undefined) {
      throw bad(
        'file.fromStep',
        'names an earlier step of a pipeline and is only accepted in submitPipeline; use file.fromJob (a finished job) or file.url',
      );
    }
    const accepted = accepts.file?.types ?? [];
    if (file.fromJob === undefined) {
      if (file.url === undefined) throw bad('file', 'give url (with type) or fromJob');
      if (file.type !== undefined && !accepted.includes(file.type.toUpperCase())) {
        throw bad('file.type', `Convert3DFormat accepts ${accepted.join(', ')}, not ${file.type}`);
      }
      return file.url;
    }
    if (file.url !== undefined) throw bad('file.url', 'give either fromJob or url with type, not both');
    const source = await findSourceJob(deps.repo, file.fromJob, caller);
    if (!source) {
      // One answer for unknown jobs and other tenants' (like job(id)): nothing tells them apart.
      throw bad('file.fromJob', `no job "${file.fromJob.slice(0, 80)}" of yours to take the model from`);
    }
    const pick = pickSourceFile(accepts, source, now(), file.type);
    if (!pick.ok) throw bad(pick.on === 'type' ? 'file.type' : 'file.fromJob', pick.message);
    return pick.file.url;
  }

  async function send(body: Record<string, string>, signal: AbortSignal | undefined) {
    const started = performance.now();
    try {
      const res = await deps.client.call<ConvertAnswer>(CONVERT_SYNC_ACTION, body, { signal });
      deps.onUpstreamCall?.(CONVERT_SYNC_ACTION, 'ok', performance.now() - started);
      return res;
    } catch (err) {
      const outcome = upstreamOutcome(err);
      deps.onUpstreamCall?.(CONVERT_SYNC_ACTION, outcome, performance.now() - started);
      if (err instanceof TencentApiError && err.isRateLimited) {
        deps.limiter.pause(CONVERT_SYNC_ACTION, deps.rateLimitPauseMs ?? 1000);
      }
      // Tencent found the request itself wrong: the client's input, named by its argument.
      if (err instanceof TencentApiError && err.isInvalidInput) {
        const field = /`([A-Za-z0-9]+)`/.exec(err.message)?.[1];
        const arg = field ? argOf(field) : 'file';
        throw new InvalidJobInputError(arg, `${arg}: ${err.message}`, err.tencentCode);
      }
      throw err;
    }
  }

  return {
    async convert(req, caller) {
      if (!deps.product.convertSync) {
        const { host, version } = deps.product;
        throw new KindNotAvailableError(
          'convertModel',
          `convertModel (${CONVERT_SYNC_ACTION})`,
          `${host} ${version}`,
          [],
          Object.values(PRODUCT_SPECS)
            .filter((p) => p.convertSync)
            .map((p) => `${p.host} ${p.version}`),
        );
      }
      const url = await sourceUrl(req.file, caller);
      const body = { File3D: url, Format: req.format };
      const violation = checkConvertRequest(body)[0];
      if (violation) {
        const arg = argOf(violation.field);
        const message =
          violation.field === 'Format'
            ? `${violation.message} (one of ${CONVERT_FORMATS.join(', ')})`
            : violation.message;
        throw bad(arg, message, violation.tencentCode);
      }
      try {
        await deps.limiter.acquire(CONVERT_SYNC_ACTION, caller.signal);
      } catch (err) {
        // A shared (Redis) rate window that did not answer: nothing was sent; the client may retry.
        if (err instanceof Error && isStorageFailure(err.cause))
          throw new StoreUnavailableError('rateLimiter', err);
        throw err;
      }
      const res = await send(body, caller.signal);
      const answer = res.ResultFile3D;
      const unusable = (why: string) =>
        new ConversionResultError(`${CONVERT_SYNC_ACTION}: ${why}`, {
          action: CONVERT_SYNC_ACTION,
          requestId: res.RequestId,
        });
      if (typeof answer !== 'string' || answer === '') throw unusable('the answer has no ResultFile3D URL');
      const refused = deps.checkUrl(answer);
      if (refused) throw unusable(`the result URL was refused: ${refused}`);
      const file = { type: req.format, url: answer, previewImageUrl: undefined };
      const name = resultFileName(file, 'model');
      if (!name || contentTypeOf(name) === undefined) {
        throw unusable(
          `the result is a ${name?.replace(/^model/, '') ?? '?'} file, which the gateway does not serve`,
        );
      }
      const at = now();
      // Where the jobs live, so every replica serves it; a store that does not answer is a
      // StoreUnavailableError (STORE_UNAVAILABLE): the conversion ran, but has no URL here.
      return await deps.conversions.add(file, at, at + UPSTREAM_TTL_MS);
    },
  };
}
