import autocannon from 'autocannon';
import { handle, ready } from '../lib/child.ts';

/**
 * The load generator, in its own process so it never shares an event loop with a server under
 * test. `run` takes the target, the connection count, the duration and a cycle of requests that
 * every connection walks through; it answers with throughput, latency percentiles and errors.
 * With `checkBodies`, a 200 whose body holds `"errors"` counts as a client-visible error too.
 */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface LoadSpec {
  url: string;
  connections: number;
  durationS: number;
  requests: LoadRequest[];
  checkBodies?: boolean;
  /** @default 10 */
  timeoutS?: number;
}

export interface LoadResult {
  requests: number;
  rps: number;
  latencyP50: number;
  latencyP99: number;
  latencyMean: number;
  latencyMax: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  graphqlErrors: number;
  statusCodes: Record<string, number>;
  durationS: number;
}

handle('run', async (msg) => {
  const spec = msg.spec as LoadSpec;
  let graphqlErrors = 0;
  const onResponse = spec.checkBodies
    ? (status: number, body: string) => {
        if (status === 200 && body.includes('"errors"')) graphqlErrors++;
      }
    : undefined;
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.durationS,
    timeout: spec.timeoutS ?? 10,
    requests: spec.requests.map((r) => ({
      method: r.method,
      path: r.path,
      ...(r.body ? { body: r.body } : {}),
      headers: r.headers ?? {},
      ...(onResponse ? { onResponse } : {}),
    })),
  });
  const statusCodes: Record<string, number> = {};
  for (const [code, v] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = v.count ?? 0;
  const out: LoadResult = {
    requests: result['2xx'] + result.non2xx,
    rps: (result['2xx'] + result.non2xx) / result.duration,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    latencyMean: result.latency.mean,
    latencyMax: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    graphqlErrors,
    statusCodes,
    durationS: result.duration,
  };
  return out;
});
ready({ url: '' });
