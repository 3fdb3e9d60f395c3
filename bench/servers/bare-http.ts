import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { onStop, ready } from '../lib/child.ts';

/** The ceiling: node:http answering every request with the same small JSON body. */
const body = Buffer.from('{"data":{"hello":"world"}}');
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body);
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
onStop(() => new Promise<void>((resolve) => server.close(() => resolve())));
ready({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
