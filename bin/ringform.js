#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm run build`, which `npm install` in a clone and
// `npm pack` run through `prepare`). Plain JavaScript, so starting it compiles nothing.
let cli;
try {
  cli = await import('../dist/cli/main.js');
} catch (err) {
  if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes('dist')) throw err;
  process.stderr.write('ringform is not built yet: run `npm run build` (or `npm install`) in its directory.\n');
  process.exit(1);
}
process.exitCode = await cli.main(process.argv.slice(2));
