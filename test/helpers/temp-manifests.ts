import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A scratch directory of manifest files for one test; `write` replaces a file's content. */
export async function tempManifests() {
  const dir = await mkdtemp(join(tmpdir(), 'ringform-'));
  return {
    dir,
    async write(name: string, yaml: string) {
      const file = join(dir, name);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, yaml.replace(/^\n/, ''));
      return file;
    },
    async remove(name: string) {
      await rm(join(dir, name), { force: true });
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
