import type { ExtRef, Greeting } from '../core/manifest.js';
import type { ExtensionInfo, GreetingActionRole, GreetingRole, ReferenceResolver, Resolved, StandardGreeting } from '../core/references.js';

/** Dictionary `type` of the presets each greeting role accepts. */
const ROLE_TYPES: Record<GreetingRole, string[]> = {
  welcome: ['Introductory'],
  connectingMessage: ['ConnectingMessage'],
  connectingAudio: ['ConnectingAudio'],
  voicemail: ['Voicemail'],
  announcement: ['Announcement'],
  holdMusic: ['HoldMusic'],
  waitMessage: ['InterruptPrompt'],
  queueFull: ['Unavailable'],
  company: ['Company'],
  companyAfterHours: ['Company'],
};

/**
 * The dictionary `usageType` whose preset a name means when several presets of the role's type
 * share it: the company rules' own (CompanyAnsweringRule, CompanyAfterHoursAnsweringRule), else
 * the user answering rules' that greeting actions use.
 */
const ROLE_USAGE: Partial<Record<GreetingRole, string>> = {
  company: 'CompanyAnsweringRule',
  companyAfterHours: 'CompanyAfterHoursAnsweringRule',
};

/** Written form of a reference, for messages: `"101"`, `{email: "a@b.c"}`. */
export function describeRef(ref: ExtRef): string {
  if (typeof ref === 'string' || typeof ref === 'number') return `"${ref}"`;
  const [key, value] = Object.entries(ref)[0] ?? ['?', '?'];
  return `{${key}: "${value}"}`;
}

/**
 * Resolves manifest references to RingCentral ids at plan time, from one read of the extension
 * list (and the greetings dictionary only when a preset is named rather than numbered).
 */
export class Resolver implements ReferenceResolver {
  private readonly byNumber = new Map<string, ExtensionInfo[]>();
  private readonly byId = new Map<string, ExtensionInfo>();
  /** Set when compile asked for a default preset the unread dictionary would have given. */
  needsDictionary = false;

  constructor(
    readonly extensions: ExtensionInfo[],
    private readonly greetings: StandardGreeting[] | undefined = undefined,
    /** IVR menus this plan creates (their ids plannedIds): found only when asked for (`planned`). */
    private readonly planned: ExtensionInfo[] = [],
  ) {
    for (const e of extensions) {
      this.byId.set(e.id, e);
      const list = this.byNumber.get(e.extensionNumber) ?? [];
      list.push(e);
      this.byNumber.set(e.extensionNumber, list);
    }
  }

  extension(ref: ExtRef, opts: { planned?: boolean } = {}): Resolved<ExtensionInfo> {
    const live = this.match(ref, this.extensions);
    // A live extension wins: a new menu's name may repeat one already in the account.
    const matches = live.length === 0 && opts.planned ? this.match(ref, this.planned) : live;
    const what = describeRef(ref);
    if (matches.length === 0) return { ok: false, error: `extension ${what} was not found in the account` };
    if (matches.length > 1) {
      const names = matches.map((m) => `${m.extensionNumber} ${m.name}`).join(', ');
      return { ok: false, error: `extension ${what} is ambiguous: it matches ${names}` };
    }
    return { ok: true, value: matches[0] };
  }

  private match(ref: ExtRef, among: ExtensionInfo[]): ExtensionInfo[] {
    if (typeof ref === 'string' || typeof ref === 'number') {
      const number = String(ref).trim();
      return among === this.extensions ? (this.byNumber.get(number) ?? []) : among.filter((e) => e.extensionNumber === number);
    }
    if ('id' in ref) {
      const e = among === this.extensions ? this.byId.get(String(ref.id)) : undefined;
      return e ? [e] : [];
    }
    if ('email' in ref) {
      const email = ref.email.trim().toLowerCase();
      return among.filter((e) => e.email?.toLowerCase() === email);
    }
    const name = ref.name.trim().toLowerCase();
    return among.filter((e) => e.name.trim().toLowerCase() === name);
  }

  defaultPreset(role: GreetingActionRole): string | undefined {
    if (!this.greetings) {
      this.needsDictionary = true;
      return undefined;
    }
    const types = ROLE_TYPES[role];
    const ofType = this.greetings.filter((s) => types.includes(s.type));
    // The guides list the presets for greeting actions with usageType UserExtensionAnsweringRule.
    const found = ofType.find((s) => s.usageType === 'UserExtensionAnsweringRule') ?? ofType.find((s) => !s.usageType);
    return found?.id;
  }

  switchedOff(role: GreetingRole): Resolved<string> | undefined {
    if (!this.greetings) {
      this.needsDictionary = true;
      return undefined;
    }
    const types = ROLE_TYPES[role];
    const off = this.greetings.filter((s) => types.includes(s.type) && s.category === 'None');
    // Call queues' rules take the presets of usageType DepartmentExtensionAnsweringRule first.
    const found = off.find((s) => s.usageType === 'DepartmentExtensionAnsweringRule') ?? off[0];
    if (found) return { ok: true, value: found.id };
    return {
      ok: false,
      error: `RingCentral cannot switch the ${types[0]} greeting off on this account: its greeting dictionary has no ${types[0]} greeting of category None (the greeting that switches a type off); name a greeting instead`,
    };
  }

  /** `{preset: id|name}` or `{custom: id}` → the greeting's source and id. */
  greeting(g: Greeting, role: GreetingRole): Resolved<{ source: 'Preset' | 'Custom'; id: string }> {
    if ('custom' in g) return { ok: true, value: { source: 'Custom', id: String(g.custom) } };
    const preset = String(g.preset).trim();
    if (/^\d+$/.test(preset)) return { ok: true, value: { source: 'Preset', id: preset } };
    if (!this.greetings) return { ok: false, error: `standard greetings were not loaded to resolve "${preset}"` };
    const types = ROLE_TYPES[role];
    const candidates = this.greetings.filter((s) => types.includes(s.type) && s.name.trim().toLowerCase() === preset.toLowerCase());
    const ids = [...new Set(candidates.map((c) => c.id))];
    if (ids.length === 0) {
      const known = [...new Set(this.greetings.filter((s) => types.includes(s.type)).map((s) => s.name))].sort();
      return {
        ok: false,
        error: `no standard ${types[0]} greeting is named "${preset}"${known.length ? ` (known: ${known.join(', ')})` : ''}`,
      };
    }
    if (ids.length > 1) {
      const preferred = candidates.find((c) => c.usageType === (ROLE_USAGE[role] ?? 'UserExtensionAnsweringRule'));
      if (preferred) return { ok: true, value: { source: 'Preset', id: preferred.id } };
      return { ok: false, error: `standard greeting "${preset}" is ambiguous (ids ${ids.join(', ')}); use its id` };
    }
    return { ok: true, value: { source: 'Preset', id: ids[0] } };
  }
}

/** True when any greeting in the value is a preset written by name (so the dictionary is needed). */
export function usesNamedPreset(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(usesNamedPreset);
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'preset' && (typeof v === 'string' || typeof v === 'number') && !/^\d+$/.test(String(v).trim())) return true;
      if (usesNamedPreset(v)) return true;
    }
  }
  return false;
}
