/**
 * What a web server process loads when it starts (ADR 0013): the static imports reachable from
 * src/web/server.ts must never include the packages only the admin, the jobs or the demo seeding use —
 * those are loaded with `await import(…)` where they are used. `import type` costs nothing at run time;
 * `import { type X }` still loads the module (verbatimModuleSyntax keeps it as `import {}`).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER = resolve(ROOT, 'src/web/server.ts');
const LAZY = ['sharp', 'exceljs', 'docx', 'jszip', 'nodemailer', '@node-rs/argon2', 'pg'];

/** Specifiers of the imports and re-exports that load a module when the importing one loads. */
function staticImports(source: string): string[] {
  const re = /^\s*(?:import|export)\s+(?!type[\s{])(?:[\w*${}\s,]+?\sfrom\s*)?['"]([^'"]+)['"]/gm;
  return [...source.matchAll(re)].map((m) => m[1]!);
}

interface Graph {
  /** Each reached source file → the file that imports it first. */
  importer: Map<string, string>;
  /** Each reached package → the file that imports it first. */
  packages: Map<string, string>;
}

function walk(entry: string): Graph {
  const importer = new Map<string, string>();
  const packages = new Map<string, string>();
  const seen = new Set([entry]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        if (!seen.has(target)) {
          seen.add(target);
          importer.set(target, file);
          queue.push(target);
        }
      } else if (!spec.startsWith('node:')) {
        const name = spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');
        if (!packages.has(name)) packages.set(name, file);
      }
    }
  }
  return { importer, packages };
}

function chain(graph: Graph, file: string): string {
  const path = [file];
  for (let f = graph.importer.get(file); f !== undefined; f = graph.importer.get(f)) path.unshift(f);
  return path.map((f) => relative(ROOT, f)).join(' → ');
}

describe('modules loaded when a server process starts', () => {
  const graph = walk(SERVER);

  it('should not statically import any package that is loaded where it is used', () => {
    const reached = LAZY.filter((p) => graph.packages.has(p))
      .map((p) => `${p}: ${chain(graph, graph.packages.get(p)!)}`);
    assert.deepEqual(reached, [], `imported when the server starts:\n${reached.join('\n')}`);
  });

  it('should see the packages every process needs (the walk follows the whole graph)', () => {
    // sanitize-html stays: SanitizedHtml cleans stored HTML again on every public render.
    for (const p of ['fastify', 'kysely', 'better-sqlite3', 'preact-render-to-string', 'sanitize-html']) {
      assert.ok(graph.packages.has(p), `${p} not reached`);
    }
    assert.ok(graph.importer.has(resolve(ROOT, 'src/web/admin/routes/royalties.tsx')), 'admin routes not reached');
  });

  it('should count value imports and re-exports, and skip type-only and dynamic imports', () => {
    const source = [
      "import a from 'a';",
      "import { b, type B } from 'b';",
      "import { type C } from 'c';",
      "import * as d from 'd';",
      "import 'e';",
      "import {\n  f,\n  g,\n} from './f.ts';",
      "export { h } from './h.ts';",
      "export * from './i.ts';",
      "import type { J } from 'j';",
      "import type K from 'k';",
      "export type { L } from './l.ts';",
      "const m = await import('m');",
      "export const n = 'n';",
      ' * (`await import(…)`) in a comment',
    ].join('\n');
    assert.deepEqual(staticImports(source), ['a', 'b', 'c', 'd', 'e', './f.ts', './h.ts', './i.ts']);
  });
});
