import { Resolver } from '../../src/resolve/resolver.js';
import type { PathSeg } from '../../src/core/path.js';
import type { CompileEnv } from '../../src/parts/compile-env.js';
import type { ExportEnv } from '../../src/parts/part.js';
import { EXTENSIONS, GREETINGS } from '../helpers/fake-context.js';

/** A compile env over the fake account that records what compile reports. */
export function compileEnv(): CompileEnv & { reported: { path: string; message: string }[] } {
  const reported: { path: string; message: string }[] = [];
  return {
    resolver: new Resolver(EXTENSIONS, GREETINGS),
    report: (path: readonly PathSeg[], message: string) => reported.push({ path: path.join('.'), message }),
    reported,
  };
}

/** An export env over the fake account: ids back to extension numbers; what cannot be written, recorded. */
export function exportEnv(): ExportEnv & { notes: string[] } {
  const notes: string[] = [];
  return {
    ref: (id) => EXTENSIONS.find((e) => e.id === String(id))?.extensionNumber,
    cannot: (what, outcome) => notes.push(`${what}; ${outcome}`),
    notes,
  };
}

export const label = (id: string) => EXTENSIONS.find((e) => e.id === id)?.extensionNumber ?? id;
