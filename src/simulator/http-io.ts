import type { IncomingMessage, ServerResponse } from 'node:http';

export class ClientGoneError extends Error {
  override readonly name = 'ClientGoneError';
}

/**
 * Reads the body, or resolves `undefined` as soon as it is known to exceed `maxBytes` (declared
 * Content-Length or bytes seen). The rest is then discarded rather than the socket closed: closing
 * with unread data makes the kernel send RST, which can destroy the error answer before the client
 * reads it. A client that keeps sending past 4× the limit is cut off.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    const tooLarge = () => {
      settled = true;
      chunks.length = 0;
      req.off('data', onData);
      let discarded = total;
      req.on('data', (chunk: Buffer) => {
        discarded += chunk.length;
        if (discarded > maxBytes * 4) req.socket.destroy();
      });
      req.resume();
      resolve(undefined);
    };
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) tooLarge();
      else chunks.push(chunk);
    };
    req.once('end', () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks, total));
    });
    req.once('close', () => {
      if (!settled) reject(new ClientGoneError('client closed the connection before the body ended'));
    });
    if (Number(req.headers['content-length']) > maxBytes) tooLarge();
    else req.on('data', onData);
  });
}

export function sendBody(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  headOnly = false,
): void {
  if (res.headersSent || res.destroyed) return;
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': bytes.length });
  res.end(headOnly ? undefined : bytes);
}

export function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  sendBody(res, status, 'application/json', JSON.stringify(payload));
}

export function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
