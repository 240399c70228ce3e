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

/** A `kind: Schedule` document, by its name and where that name is written. */
export interface ScheduleSource {
  name: string;
  pos: SourcePos;
}

/**
 * A `schedule: {use: …}` of a document: validation replaced it with the schedule it names (the
 * union, for a list), so later stages read schedules unchanged; this keeps where it came from,
 * for plans that say which Schedule caused a change and for `--changed-since`.
 */
export interface ScheduleUse {
  /** Where the schedule stands in the document, e.g. `['customRules', 0, 'when', 'schedule']`. */
  path: PathSeg[];
  /** Where the `use` is written. */
  at: SourcePos;
  /** The Schedule documents it names, in the order written. */
  schedules: ScheduleSource[];
}

/** A document that passed schema and semantic validation, its `use`s resolved. */
export type ManifestDocument = LoadedDocument<Manifest> & { scheduleUses?: ScheduleUse[] };
