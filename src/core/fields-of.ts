/** The fields of a value read from the API or a file, each still to be checked by its reader. */
export type Fields = { readonly [key: string]: unknown };

/**
 * A value's fields as `value?.field` reads them: an object's own, none for anything else. Live
 * reads start here and narrow each field where they use it, instead of trusting the shape.
 */
export function fieldsOf(value: unknown): Fields {
  return value !== null && typeof value === 'object' ? (value as Fields) : {};
}
