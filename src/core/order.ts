/** Stable orders shared by every stage, so sorted output is the same wherever it is sorted. */

/** Orders plain data by its JSON text: a total order for lists whose members have no key. */
export const byJson = (a: unknown, b: unknown): number => JSON.stringify(a).localeCompare(JSON.stringify(b));

const collator = new Intl.Collator('en', { numeric: true });

/** Extension numbers and change ids in human order: `2` before `10`, `c2` before `c10`. */
export const naturalCompare = (a: string, b: string): number => collator.compare(a, b);
