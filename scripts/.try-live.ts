import { runCli, withEmulator } from '../test/helpers/e2e.js';
const { emu, env } = await withEmulator({ windowMs: 1000 });
try {
  const a = await runCli(['apply', '--yes', 'examples/users', 'examples/sites'], env);
  console.log(a.code, a.stderr.slice(0, 2000));
  for (const args of [
    ['--extension', '101', '--from', '+16501111111', '--at', '2026-12-19T22:00'],
    ['--extension', '101', '--from', '+12025550100', '--at', '2026-12-18T16:00'],
    ['--extension', '102', '--from', '+12025550100', '--at', '2026-12-16T12:30', '--to', '+16505550100'],
    ['--extension', '101', '--from', '+12025550100', '--at', '2026-12-18T10:00', '--queue'],
    ['--site', 'London Office', '--from', '+12025550100', '--at', '2026-12-25T10:00'],
    ['--site', '3001', '--from', '+14132223333', '--to', '+12125550142', '--at', '2026-12-22T10:00'],
  ]) {
    const live = await runCli(['simulate', '--live', ...args], env);
    const man = await runCli(['simulate', 'examples/users', 'examples/sites', ...args], env);
    console.log(live.code, live.stdout, live.stderr);
    console.log(man.code, man.stdout, man.stderr);
  }
} finally { await emu.stop(); }
