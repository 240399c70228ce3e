#!/usr/bin/env node
// Runs a TypeScript script (benchmarks, demo helpers) with tsx: `node bin/run-ts.js scripts/x.ts`.
import { tsImport } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [script, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...rest];
await tsImport(pathToFileURL(resolve(script)).href, import.meta.url);
