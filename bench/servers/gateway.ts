import { loadConfig } from '../../src/config.ts';
import { createGateway } from '../../src/gateway.ts';
import { createLogger } from '../../src/logger.ts';
import { startServer } from '../../src/server.ts';
import { handle, onStop, ready } from '../lib/child.ts';

/**
 * The gateway under test, built from its environment exactly as main.ts builds it, in its own
 * process. The scenario sets HUNYUAN_ENDPOINT to its simulator and the development credentials.
 */
const config = loadConfig(process.env);
const log = createLogger({ level: config.log.level });
const gateway = await createGateway(config, log);
const server = await startServer({ app: gateway.app, host: '127.0.0.1', port: 0, log });
handle('stats', () => gateway.jobs.stats());
onStop(async () => {
  await server.close();
  await gateway.close();
});
ready({ url: server.url });
