import http from 'node:http';
import WebSocket from 'ws';
import { handle, ready } from '../lib/child.ts';

/**
 * Many subscribers in one process, over both transports: GraphQL over SSE (distinct connections:
 * one POST with `Accept: text/event-stream` each) and graphql-ws (one WebSocket each). Each records
 * the statuses it receives and when; `connect` resolves once every subscriber has its first
 * snapshot, `results` once every subscription has completed (or the deadline passed).
 */
const SUBSCRIPTION = 'subscription Follow($id: ID!) { jobStatus(id: $id) { id status upstreamJobId } }';

interface Subscriber {
  transport: 'sse' | 'ws';
  jobId: string;
  upstreamJobId: string | null;
  states: string[];
  times: number[];
  completed: boolean;
  error: string | undefined;
}

const subscribers: Subscriber[] = [];
const agent = new http.Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
const sockets: Array<{ close(): void }> = [];

function record(s: Subscriber, payload: unknown): void {
  const job = (payload as { data?: { jobStatus?: { status: string; upstreamJobId: string | null } } }).data
    ?.jobStatus;
  if (!job) {
    s.error ??= JSON.stringify(payload).slice(0, 300);
    return;
  }
  s.states.push(job.status);
  s.times.push(Date.now());
  s.upstreamJobId = job.upstreamJobId;
}

function sse(url: URL, s: Subscriber, onFirst: () => void): void {
  const body = JSON.stringify({ query: SUBSCRIPTION, variables: { id: s.jobId } });
  const req = http.request(
    url,
    {
      method: 'POST',
      agent,
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        'content-length': Buffer.byteLength(body),
      },
    },
    (res) => {
      if (res.statusCode !== 200) {
        s.error = `HTTP ${res.statusCode}`;
        onFirst();
        res.resume();
        return;
      }
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
          let type = 'message';
          let data = '';
          for (const line of event.split('\n')) {
            if (line.startsWith('event:')) type = line.slice(6).trim();
            else if (line.startsWith('data:')) data += line.slice(5).trim();
          }
          if (type === 'next' && data) {
            const first = s.states.length === 0;
            record(s, JSON.parse(data));
            if (first) onFirst();
          } else if (type === 'complete') {
            s.completed = true;
          }
        }
      });
      res.on('error', (err) => {
        s.error ??= err.message;
      });
    },
  );
  req.on('error', (err) => {
    s.error ??= err.message;
    onFirst();
  });
  req.end(body);
  sockets.push({ close: () => req.destroy() });
}

function ws(url: URL, s: Subscriber, onFirst: () => void): void {
  const socket = new WebSocket(url.href.replace(/^http/, 'ws'), 'graphql-transport-ws', {
    perMessageDeflate: false,
  });
  sockets.push({ close: () => socket.terminate() });
  socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
  socket.on('message', (raw: Buffer) => {
    const msg = JSON.parse(raw.toString('utf8')) as { type: string; payload?: unknown };
    if (msg.type === 'connection_ack') {
      socket.send(
        JSON.stringify({
          id: '1',
          type: 'subscribe',
          payload: { query: SUBSCRIPTION, variables: { id: s.jobId } },
        }),
      );
    } else if (msg.type === 'next') {
      const first = s.states.length === 0;
      record(s, msg.payload);
      if (first) onFirst();
    } else if (msg.type === 'complete') {
      s.completed = true;
      socket.close(1000);
    } else if (msg.type === 'ping') {
      socket.send(JSON.stringify({ type: 'pong' }));
    } else if (msg.type === 'error') {
      s.error ??= JSON.stringify(msg.payload).slice(0, 300);
      onFirst();
    }
  });
  socket.on('error', (err) => {
    s.error ??= err.message;
    onFirst();
  });
}

handle('connect', async (msg) => {
  const url = new URL('/graphql', String(msg.url));
  const jobs = msg.jobs as string[];
  const counts = { sse: Number(msg.sse ?? 0), ws: Number(msg.ws ?? 0) };
  const concurrency = Number(msg.concurrency ?? 200);
  const plan: Subscriber[] = [];
  // Interleave transports and jobs, so every job has subscribers of both kinds.
  for (let i = 0; i < Math.max(counts.sse, counts.ws); i++) {
    for (const transport of ['sse', 'ws'] as const) {
      if (i < counts[transport]) {
        plan.push({
          transport,
          jobId: jobs[i % jobs.length] ?? '',
          upstreamJobId: null,
          states: [],
          times: [],
          completed: false,
          error: undefined,
        });
      }
    }
  }
  const t0 = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < plan.length) {
        const s = plan[next++] as Subscriber;
        subscribers.push(s);
        await new Promise<void>((resolve) => (s.transport === 'sse' ? sse : ws)(url, s, resolve));
      }
    }),
  );
  return { connected: subscribers.filter((s) => s.states.length > 0).length, connectMs: Date.now() - t0 };
});

handle('results', async (msg) => {
  const deadline = Date.now() + Number(msg.timeoutMs ?? 60_000);
  while (Date.now() < deadline && subscribers.some((s) => !s.completed && !s.error)) {
    await new Promise((r) => setTimeout(r, 200));
  }
  const out = subscribers.map((s) => ({
    t: s.transport,
    job: s.jobId,
    up: s.upstreamJobId,
    states: s.states,
    times: s.times,
    completed: s.completed,
    error: s.error,
  }));
  for (const socket of sockets.splice(0)) socket.close();
  return { subscribers: out };
});

ready({ url: '' });
