#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so a fresh clone needs no build step
// and the binary can never be stale against src/.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
