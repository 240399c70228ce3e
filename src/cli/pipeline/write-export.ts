import { constants } from 'node:fs';
import { access, lstat, mkdir, open } from 'node:fs/promises';
import { UserError } from '../../core/problem.js';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { exportHeader } from '../../export/export-file.js';
import { joinYamlDocuments, renderManifestYaml } from '../../load/render-manifest-yaml.js';
import type { ExportedDocument } from './export-live.js';

const SCHEMA = join('schemas', 'manifest-v1.schema.json');

/**
 * The schema as a path relative to `dir`, when `dir` is inside a checkout that has
 * `schemas/manifest-v1.schema.json` (this repository, or one that vendors the schema);
 * otherwise undefined, since a modeline pointing nowhere only confuses editors.
 */
export async function findSchemaFrom(dir: string): Promise<string | undefined> {
  for (let at = resolve(dir); ; at = dirname(at)) {
    const candidate = join(at, SCHEMA);
    try {
      await access(candidate);
      return relative(dir, candidate).split(sep).join('/');
    } catch {
      if (dirname(at) === at) return undefined;
    }
  }
}

/** Writes one file per document below `outDir`; returns the paths written (relative to `outDir`). */
export async function writeExportFiles(outDir: string, docs: ExportedDocument[]): Promise<string[]> {
  const schemaByDir = new Map<string, string | undefined>();
  const root = resolve(outDir);
  for (const doc of docs) {
    const path = resolve(root, doc.file);
    const rel = relative(root, path);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel))
      throw new Error(`export file name ${JSON.stringify(doc.file)} would leave --out`);
    const dir = dirname(path);
    await refuseSymlinks(root, rel);
    await mkdir(dir, { recursive: true });
    await refuseSymlinks(root, rel);
    if (!schemaByDir.has(dir)) schemaByDir.set(dir, await findSchemaFrom(dir));
    await writeNoFollow(path, renderManifestYaml(doc.manifest, exportHeader(doc.owner, doc.findings, schemaByDir.get(dir))));
  }
  return docs.map((d) => d.file);
}

/**
 * A symlink inside `--out` (`users -> /etc`, `users/101-alex.yaml -> ~/.bashrc`) would make the
 * export write outside it: every component below `--out` must be a real directory or file.
 * (`--out` itself may be a symlink: that is where the operator asked for the files.)
 */
async function refuseSymlinks(root: string, rel: string): Promise<void> {
  let at = root;
  for (const part of rel.split(sep)) {
    at = join(at, part);
    const stat = await lstat(at).catch(() => undefined);
    if (stat?.isSymbolicLink()) {
      throw new UserError(
        `${at} is a symbolic link; export writes only real files inside --out, never through links. Nothing more was written.`,
      );
    }
  }
}

/** Creates or truncates a file, refusing (ELOOP) if a link was put in its place meanwhile. */
async function writeNoFollow(path: string, text: string): Promise<void> {
  const file = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
  try {
    await file.writeFile(text);
  } finally {
    await file.close();
  }
}

/** Every document in one YAML stream for stdout; no schema modeline, since stdout has no location. */
export function renderExportStream(docs: ExportedDocument[]): string {
  return joinYamlDocuments(docs.map((d) => renderManifestYaml(d.manifest, exportHeader(d.owner, d.findings))));
}
