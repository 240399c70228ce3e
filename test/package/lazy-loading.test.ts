import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

// A module hook that prints every file module node resolves, on stderr.
const HOOK = `data:text/javascript,${encodeURIComponent(
  `export async function resolve(s, c, next) { const r = await next(s, c); if (r.url.startsWith('file:')) process.stderr.write('loaded ' + r.url + '\\n'); return r; }`,
)}`;
const REGISTER = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(HOOK)});`)}`;

/** The modules of the package (dist/…, or node_modules/<package>) a run of the binary loads. */
async function loadedModules(args: string[]): Promise<string[]> {
  const { stderr } = await run(process.execPath, ['--import', REGISTER, 'bin/ringform.js', ...args], { cwd: ROOT }).catch((e) => e);
  const names = stderr
    .split('\n')
    .filter((l: string) => l.startsWith('loaded '))
    .map((l: string) => fileURLToPath(l.slice('loaded '.length)).slice(ROOT.length))
    .map((p: string) =>
      p.startsWith('node_modules/') ? `pkg:${p.split('/')[1].startsWith('@') ? p.split('/').slice(1, 3).join('/') : p.split('/')[1]}` : p,
    );
  return [...new Set<string>(names)].sort();
}

describe('commands are loaded when used', () => {
  it('--version and --help load the entry point, the command table and commander only', async () => {
    for (const args of [['--version'], ['--help']]) {
      const loaded = await loadedModules(args);
      expect(loaded).toContain('dist/cli/main.js');
      expect(loaded.filter((m) => m.startsWith('pkg:'))).toEqual(['pkg:commander']);
      expect(loaded.filter((m) => m.startsWith('dist/')).length).toBeLessThanOrEqual(8);
      expect(loaded.some((m) => m.startsWith('dist/cli/commands/') && !m.endsWith('index.js'))).toBe(false);
    }
  });

  it('validate loads its own command and no network code', async () => {
    const loaded = await loadedModules(['validate', 'examples']);
    expect(loaded).toContain('dist/cli/commands/validate.js');
    expect(loaded).not.toContain('dist/cli/commands/plan.js');
    expect(loaded).not.toContain('pkg:@ringcentral/sdk');
    expect(loaded).not.toContain('dist/live/connect.js');
    expect(loaded).not.toContain('dist/emulator/start-emulator.js');
  });
});
