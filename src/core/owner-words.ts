import { OWNER_TYPES, type AffectedList, type OwnerTable, type OwnerType } from './plan.js';

/** How people and files name the owners of one type. */
export interface OwnerWords {
  /** The `kind` of its manifests. */
  manifestKind: 'User' | 'Site' | 'Company' | 'CallQueue' | 'IvrMenu';
  /** The extension type (AllExtensionTypesEnum) its documents manage (`Department` for a call queue); none for the account. */
  extensionType?: 'User' | 'Site' | 'Department' | 'IvrMenu';
  /** How messages name that extension type: "is a User extension, not a call queue (Department)". */
  extensionNoun?: string;
  /**
   * The account itself rather than an extension (the company): one per account, no extension
   * number or id in plans (cli.md), `~` as its id.
   */
  account: boolean;
  /** `user 101`, `site 2001`; the company is `company` (it has no extension). */
  named(extension: string): string;
  /** Export: the file, relative to --out, given `<number>-<slug>` (unused by the account's one file). */
  exportFile(base: string): string;
  /** Export header: `user 101 (Alex Smith)`, `the company (its main number)`. */
  exportedFrom(extension: string, name: string): string;
  /** Routing impact and simulate headings: `101 (Alex Smith)`, `main number (Acme)`. */
  heading(extension: string, name: string): string;
  /**
   * The plan's blast radius (`Affects 2 users, 1 call queue, the company's main number.`): where
   * the touched extension numbers are listed (`Plan.affected.<list>`) and the noun that counts
   * them; the account is `the company's main number`.
   */
  affected: { list: AffectedList; noun: string; always?: true } | { account: string; counted: string };
}

const extensionWords = (
  noun: string,
  manifestKind: 'User' | 'Site' | 'CallQueue',
  extensionType: 'User' | 'Site' | 'Department',
  dir: string,
  list: AffectedList,
  extensionNoun: string,
  always?: true,
): OwnerWords => ({
  affected: { list, noun, ...(always && { always }) },
  manifestKind,
  extensionType,
  extensionNoun,
  account: false,
  named: (extension) => `${noun} ${extension}`,
  exportFile: (base) => `${dir}/${base}.yaml`,
  exportedFrom: (extension, name) => `${noun} ${extension}${name ? ` (${name})` : ''}`,
  heading: (extension, name) => `${extension} (${name})`,
});

/** The words of each owner type: one entry per owner type (a new type without one does not compile). */
export const ownerWords: OwnerTable<OwnerWords> = {
  // Users and sites are always counted (`0 sites`); the other types when there are some.
  user: extensionWords('user', 'User', 'User', 'users', 'users', 'User', true),
  site: extensionWords('site', 'Site', 'Site', 'sites', 'sites', 'Site', true),
  company: {
    affected: { account: "the company's main number", counted: 'the company' },
    manifestKind: 'Company',
    account: true,
    named: () => 'company',
    exportFile: () => 'company.yaml',
    exportedFrom: () => 'the company (its main number)',
    heading: (_extension, name) => `main number (${name})`,
  },
  ivr: {
    affected: { list: 'ivrMenus', noun: 'IVR menu' },
    manifestKind: 'IvrMenu',
    extensionType: 'IvrMenu',
    extensionNoun: 'IvrMenu',
    account: false,
    named: (extension) => `IVR menu ${extension}`,
    exportFile: (base) => `ivr-menus/${base}.yaml`,
    exportedFrom: (extension, name) => `IVR menu ${extension}${name ? ` (${name})` : ''}`,
    heading: (extension, name) => `IVR menu ${extension}${name ? ` (${name})` : ''}`,
  },
  queue: extensionWords('call queue', 'CallQueue', 'Department', 'queues', 'queues', 'call queue (Department)'),
};

/** The owner type whose manifests are of `kind` (`User` → `user`). */
export function ownerTypeOfKind(kind: OwnerWords['manifestKind']): OwnerType {
  const type = OWNER_TYPES.find((t) => ownerWords[t].manifestKind === kind);
  if (!type) throw new Error(`no owner type is written as kind ${kind}`);
  return type;
}

/** The owner type of an extension of the account (`Department` → `queue`); undefined for types no document manages. */
export function ownerTypeOfExtension(extensionType: string): OwnerType | undefined {
  return OWNER_TYPES.find((t) => ownerWords[t].extensionType === extensionType);
}
