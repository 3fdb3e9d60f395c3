import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { type DefinitionNode, Kind, parse, print } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/build.mjs';
import { trustedDocuments } from '../../../scripts/trusted-documents.mjs';

/**
 * The trusted documents manifest `npm run build` writes (dist/trusted-documents.json) holds exactly
 * the operations in the clients' operation folders, as their clients send them. An operation added
 * or edited there without `npm run codegen` is missing from it, and the gateway would refuse it.
 */
const OPERATION_DIRS = ['src/client/operations', 'src/web/page/operations'];

/** Name → printed definition, for each operation or fragment in the folders. */
function fromFolders(kind: Kind.OPERATION_DEFINITION | Kind.FRAGMENT_DEFINITION): Map<string, string> {
  const found = new Map<string, string>();
  for (const dir of OPERATION_DIRS) {
    for (const file of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.graphql'))) {
      for (const def of parse(readFileSync(join(ROOT, dir, file), 'utf8')).definitions) {
        if (def.kind !== kind) continue;
        if (!def.name) throw new Error(`${dir}/${file}: an operation without a name`);
        found.set(def.name.value, print(def));
      }
    }
  }
  return found;
}

const named = (def: DefinitionNode) =>
  (def.kind === Kind.OPERATION_DEFINITION || def.kind === Kind.FRAGMENT_DEFINITION) && def.name
    ? def.name.value
    : '';

let documents: Record<string, string>;
beforeAll(async () => {
  ({ documents } = await trustedDocuments(esbuild, ROOT));
});

describe('trusted documents manifest (scripts/trusted-documents.mjs)', () => {
  it('holds one document per operation of the client library and the demo page, and no other', () => {
    const operations = fromFolders(Kind.OPERATION_DEFINITION);
    expect(operations.size).toBeGreaterThan(0);
    const inManifest = Object.values(documents).map((text) => {
      const ops = parse(text).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      expect(ops, text).toHaveLength(1);
      return ops[0] ? named(ops[0]) : '';
    });
    expect(inManifest.sort()).toEqual([...operations.keys()].sort());
  });

  it('registers each operation as written in its folder, with the fragments it uses', () => {
    const operations = fromFolders(Kind.OPERATION_DEFINITION);
    const fragments = fromFolders(Kind.FRAGMENT_DEFINITION);
    for (const text of Object.values(documents)) {
      for (const def of parse(text).definitions) {
        const name = named(def);
        const source = def.kind === Kind.OPERATION_DEFINITION ? operations.get(name) : fragments.get(name);
        expect(print(def), `${name}: stale, run \`npm run codegen\``).toBe(source);
      }
    }
  });

  it('keys each document by the sha256 of its exact text', () => {
    for (const [hash, text] of Object.entries(documents)) {
      expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(hash);
    }
  });
});
