import { asObj } from './walk.js';

/**
 * Identity key and display of an extension reference as written, or undefined when malformed:
 * `101` and `"101"` are the same, emails compare lowercased, names and ids as written.
 */
export function extRefKey(value: unknown): { key: string; label: string } | undefined {
  if (typeof value === 'number' || typeof value === 'string') {
    const text = String(value).trim();
    return text ? { key: `number:${text}`, label: JSON.stringify(text) } : undefined;
  }
  const ref = asObj(value);
  if (!ref) return undefined;
  const entries = Object.entries(ref);
  if (entries.length !== 1) return undefined;
  const [field, raw] = entries[0];
  if (!['id', 'email', 'name'].includes(field) || (typeof raw !== 'string' && typeof raw !== 'number')) return undefined;
  const text = field === 'email' ? String(raw).trim().toLowerCase() : String(raw).trim();
  return { key: `${field}:${text}`, label: `{${field}: ${JSON.stringify(text)}}` };
}
