import { CONTROL_ROUTES } from './control-routes.ts';
import { startSimulator } from './index.ts';
import { FAIL_MARKER } from './jobs.ts';
import { DEV_SECRET_ID, DEV_SECRET_KEY, type SimulatorCredential } from './options.ts';

/**
 * `npm run simulator`: the simulator alone. The only file of the simulator that reads process.env:
 * SIMULATOR_PORT (default 4010), HOST (default 127.0.0.1), TENCENTCLOUD_SECRET_ID/KEY (default: the
 * fixed development credentials, printed).
 */

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function readPort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 4010;
  const port = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || port > 65535) {
    fail(`SIMULATOR_PORT must be an integer between 0 and 65535, got "${raw}". Unset it to use 4010.`);
  }
  return port;
}

function readCredentials(id: string | undefined, key: string | undefined): SimulatorCredential | undefined {
  const secretId = id?.trim() || undefined;
  const secretKey = key?.trim() || undefined;
  if (secretId && secretKey) return { secretId, secretKey };
  if (secretId || secretKey) {
    fail(
      'Set both TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, or neither to use development credentials.',
    );
  }
  return undefined;
}

const port = readPort(process.env.SIMULATOR_PORT);
const host = process.env.HOST?.trim() || '127.0.0.1';
const credential = readCredentials(process.env.TENCENTCLOUD_SECRET_ID, process.env.TENCENTCLOUD_SECRET_KEY);

const simulator = await startSimulator({
  port,
  host,
  credentials: [credential ?? { secretId: DEV_SECRET_ID, secretKey: DEV_SECRET_KEY }],
}).catch((err: unknown) => fail(`Simulator could not listen on ${host}:${port}: ${String(err)}`));

console.log(`Hunyuan 3D simulator listening on ${simulator.url}`);
if (credential) {
  console.log('Accepting the credentials from TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY.');
} else {
  console.log('TENCENTCLOUD_SECRET_ID/KEY unset; accepting the development credentials:');
  console.log(`  TENCENTCLOUD_SECRET_ID=${DEV_SECRET_ID}`);
  console.log(`  TENCENTCLOUD_SECRET_KEY=${DEV_SECRET_KEY}`);
}
console.log(`Point the gateway at it with HUNYUAN_ENDPOINT=${simulator.url}`);
console.log(
  `Prompts (or, for kinds without one, model file URLs) containing ${FAIL_MARKER} or [fail:SomeCode] produce failing jobs.`,
);
console.log(
  "Post-processing jobs read their model from this simulator's result URLs or from loopback hosts only.",
);
console.log(`Control routes: ${CONTROL_ROUTES.join(', ')}`);

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal} received, closing the simulator`);
  void simulator.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
