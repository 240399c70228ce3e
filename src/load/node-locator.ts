import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { PathSeg } from '../core/path.js';
import type { SourcePos } from '../core/problem.js';

/** Positions of values (and of keys) in one parsed YAML document. */
export interface Locator {
  /** The value at `path`, or the deepest existing ancestor. */
  locate(path: readonly PathSeg[]): SourcePos;
  /** The key of the last segment of `path` (unknown-field problems point at the key). */
  locateKey(path: readonly PathSeg[]): SourcePos;
}

interface Step {
  key?: Node;
  value?: Node;
}

export function createLocator(doc: Document, lineCounter: LineCounter, file: string): Locator {
  const toPos = (offset: number): SourcePos => ({ file, ...lineCounter.linePos(offset) });
  const start = (node: Node | undefined): number | undefined => node?.range?.[0];
  const root = doc.contents ?? undefined;
  return {
    locate(path) {
      const steps = walkPath(doc, root, path);
      return toPos(deepestOffset(steps, start(root)));
    },
    locateKey(path) {
      const steps = walkPath(doc, root, path);
      const last = steps.length === path.length ? steps[steps.length - 1] : undefined;
      const keyOffset = start(last?.key);
      return toPos(keyOffset ?? deepestOffset(steps, start(root)));
    },
  };
}

/**
 * Offset of the deepest node found. A key stands in for its value when the value is empty
 * (`welcome:`) or a mapping or list: a block mapping starts at its first key on the next line,
 * but a problem with the whole rule reads best at `after-hours:`.
 */
function deepestOffset(steps: Step[], rootOffset: number | undefined): number {
  for (let i = steps.length - 1; i >= 0; i--) {
    const { key, value } = steps[i];
    const offset = (isCollection(value) ? key?.range?.[0] : undefined) ?? value?.range?.[0] ?? key?.range?.[0];
    if (offset !== undefined) return offset;
  }
  return rootOffset ?? 0;
}

/**
 * Follows `path` through the YAML nodes as far as it exists. Aliases are resolved and `<<` merge
 * keys searched, so a value that comes from a shared anchor is located where it is written.
 */
export function walkPath(doc: Document, root: Node | undefined, path: readonly PathSeg[]): Step[] {
  const steps: Step[] = [];
  let node: Node | undefined = root;
  for (const seg of path) {
    const step = node ? childOf(doc, node, seg, 0) : undefined;
    if (!step) break;
    steps.push(step);
    node = step.value;
  }
  return steps;
}

function resolve(doc: Document, node: unknown): Node | undefined {
  let current = node;
  // Bounded: an alias can only point to an anchor defined before it.
  for (let i = 0; i < 100 && isAlias(current); i++) current = current.resolve(doc);
  return isAlias(current) ? undefined : (current as Node | undefined);
}

export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && (key.source === '<<' || key.value === '<<' || typeof key.value === 'symbol');
}

function childOf(doc: Document, node: Node, seg: PathSeg, depth: number): Step | undefined {
  const target = resolve(doc, node);
  if (isSeq(target) && typeof seg === 'number') {
    const item = target.items[seg];
    return item === undefined ? undefined : { value: (item as Node) ?? undefined };
  }
  if (!isMap(target) || depth > 20) return undefined;
  for (const pair of target.items) {
    if (!isPair(pair) || isMergeKey(pair.key)) continue;
    if (isScalar(pair.key) && String(pair.key.value) === String(seg)) {
      return { key: pair.key, value: (pair.value as Node | null) ?? undefined };
    }
  }
  // Explicit keys win over merged ones; among merge sources the first listed wins (YAML spec).
  for (const pair of target.items) {
    if (!isPair(pair) || !isMergeKey(pair.key)) continue;
    const value = resolve(doc, pair.value);
    const sources = isSeq(value) ? value.items : [value];
    for (const source of sources) {
      const found = source ? childOf(doc, source as Node, seg, depth + 1) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}
