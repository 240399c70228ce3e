import type { PathSeg } from './path.js';
import type { SourcePos } from './problem.js';
import type { Manifest } from './manifest.js';

/**
 * One YAML document of a manifest file, parsed to plain data (aliases and merge keys
 * resolved), with a way back to where each value was written.
 */
export interface LoadedDocument<T = unknown> {
  /** File path as the user named it (relative to the working directory when given so). */
  file: string;
  /** 0-based index of the document inside its file. */
  index: number;
  data: T;
  /**
   * Position of the node at `path` (the deepest existing ancestor when the path does not exist,
   * e.g. for a missing required key: the object that lacks it).
   */
  locate(path: readonly PathSeg[]): SourcePos;
}

/** A document that passed schema and semantic validation. */
export type ManifestDocument = LoadedDocument<Manifest>;
