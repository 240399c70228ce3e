import { ownerWords } from '../core/owner-words.js';
import type { OwnerType } from '../core/plan.js';
import type { ExportFinding } from './export-findings.js';

/** `Alex Smith` → `alex-smith`; accents dropped, anything else between words becomes one dash. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export interface ExportOwner {
  type: OwnerType;
  id: string;
  extensionNumber: string;
  name: string;
}

/** `users/101-alex-smith.yaml`, `sites/2001-london-office.yaml` (forward slashes, relative to --out). */
export function exportFileName(owner: ExportOwner): string {
  // Built only from safe characters: an extension number such as `../../x` from the server
  // must not become a path (the writer checks again that every file stays inside --out).
  const base = [safePart(owner.extensionNumber) || safePart(owner.id) || 'extension', slug(owner.name)].filter(Boolean).join('-');
  return ownerWords[owner.type].exportFile(base);
}

function safePart(text: string): string {
  return String(text ?? '')
    .replace(/[^A-Za-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/**
 * The comment lines at the top of an exported document: the editor schema modeline (when the
 * schema's relative path is known), one line saying where the file came from, and one line per
 * finding, so a reviewer of the file sees what it does not manage. No date: two exports of an
 * unchanged account must be byte-identical.
 */
export function exportHeader(owner: ExportOwner, findings: ExportFinding[], schemaPath?: string): string[] {
  const lines: string[] = [];
  if (schemaPath) lines.push(`yaml-language-server: $schema=${schemaPath}`);
  const who = ownerWords[owner.type].exportedFrom(owner.extensionNumber || owner.id, owner.name);
  lines.push(`Exported by \`ringform export\` from the live call handling of ${who}.`);
  for (const f of findings) lines.push(`not exported: ${f.where}: ${f.message}`);
  return lines;
}
