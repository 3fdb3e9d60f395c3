import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { buildSchema } from './schema.ts';

/**
 * `npm run schema:print`: writes the SDL that clients and codegen read. The schema is already
 * lexicographically sorted, so the file only changes when the API does; a test fails when it is stale.
 */
export const SCHEMA_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../schema/schema.graphql');

export function printGatewaySchema(): string {
  return `${printSchema(buildSchema())}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(dirname(SCHEMA_FILE), { recursive: true });
  writeFileSync(SCHEMA_FILE, printGatewaySchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
