import { Document, isMap, isPair, isScalar, isSeq, stringify, visit, type Node } from 'yaml';
import type { Manifest } from '../core/manifest.js';

/**
 * Manifest objects → YAML text: the writing side of `load/`, which is the one home of the `yaml`
 * package (`ringform export` calls it through the CLI). The layout follows manifest-v1.md: the structure (states, rules, rule
 * bodies, custom rules, their sections) in block style, short leaf objects in flow style
 * (`{targets: [mobile-apps], seconds: 20}`), and every phone number, extension number, id and
 * time double-quoted, so nothing is read back as a number.
 */

/** Keys whose values are always laid out as blocks: the sections a reviewer scans for. */
const STRUCTURAL = new Set(['states', 'rules', 'customRules', 'greeting', 'ring', 'groups', 'when', 'businessHours']);
/** A collection whose flow form is longer than this is laid out as a block. */
const MAX_FLOW = 64;

const PRUNE_COMMENT = [
  ' prune: true makes this file the complete list of custom rules:',
  ' live custom rules it does not list are then deleted.',
].join('\n');

type PathSeg = string | number;

function isStructural(path: PathSeg[], kind: Manifest['kind']): boolean {
  if (path.length === 0) return true;
  const [parent, last] = [path[path.length - 2], path[path.length - 1]];
  if (typeof last === 'string' && STRUCTURAL.has(last)) return true;
  if (parent === 'customRules') return true;
  // User rule bodies hold greeting/ring/forwarding sections; site rules are one-line transfers.
  return kind === 'User' && parent === 'rules' && path.length === 2;
}

function flowLength(node: Node): number {
  return stringify(node.toJSON(), { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).trimEnd().length;
}

function layout(node: unknown, path: PathSeg[], kind: Manifest['kind']): void {
  if (!isMap(node) && !isSeq(node)) return;
  if (!isStructural(path, kind) && flowLength(node) <= MAX_FLOW) {
    node.flow = true;
    return;
  }
  node.items.forEach((item, i) => {
    if (isPair(item)) layout(item.value, [...path, isScalar(item.key) ? String(item.key.value) : i], kind);
    else layout(item, [...path, i], kind);
  });
}

function quoteNumbers(doc: Document): void {
  visit(doc, {
    Scalar(key, node) {
      // Map keys stay plain (work-hours, monday); values that start like a number are quoted.
      if (key !== 'key' && typeof node.value === 'string' && /^[\d+]/.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
}

function commentPrune(doc: Document): void {
  if (!isMap(doc.contents)) return;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'prune');
  if (pair && isScalar(pair.key)) pair.key.commentBefore = PRUNE_COMMENT;
}

/** One document; `header` lines become `# …` comments at its top. */
export function renderManifestYaml(manifest: Manifest, header: string[]): string {
  const doc = new Document(manifest);
  layout(doc.contents, [], manifest.kind);
  quoteNumbers(doc);
  commentPrune(doc);
  if (header.length > 0) doc.commentBefore = header.map((line) => ` ${line}`).join('\n');
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** Several documents in one stream (stdout), separated by `---`. */
export function joinYamlDocuments(texts: string[]): string {
  return texts.join('---\n');
}
