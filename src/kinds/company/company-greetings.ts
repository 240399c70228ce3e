import type { ApiSchema } from '../../core/api/api-types.js';
import type { Greeting } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import type { GreetingRole } from '../../core/references.js';
import type { CompileEnv } from '../shared/compile-env.js';

/** The API's greeting type of the company greeting (GreetingTypeEnum `Company`). */
export const COMPANY_GREETING_TYPE = 'Company';

/** One greeting of a company rule, as compared and sent (CompanyAnsweringRuleRequest `greetings`). */
export interface CompanyGreetingForm {
  type: string;
  preset?: { id: string };
  custom?: { id: string };
}

type GreetingInfo = ApiSchema<'GreetingInfo'>;

const byType = (a: CompanyGreetingForm, b: CompanyGreetingForm) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0);

/** A live rule's greetings in comparable form, each type once, by type; undefined when it holds none. */
export function companyGreetingsForm(list: readonly GreetingInfo[] | undefined): CompanyGreetingForm[] | undefined {
  const out = (list ?? [])
    .filter((g) => g?.type !== undefined)
    .map((g) => {
      const form: CompanyGreetingForm = { type: String(g.type) };
      if (g.custom?.id !== undefined) form.custom = { id: String(g.custom.id) };
      else if (g.preset?.id !== undefined) form.preset = { id: String(g.preset.id) };
      return form;
    })
    .sort(byType);
  return out.length > 0 ? out : undefined;
}

/**
 * The greetings a company rule should hold: the live ones, with the company greeting the
 * document names (a predefined greeting, by id or by its dictionary name) in place of the live
 * one. Absent, the live greetings stay as they are (manifest v1: company greetings are left as
 * they are live), so an unstated greeting never shows as a change.
 */
export function compileCompanyGreetings(
  env: CompileEnv,
  written: Greeting | undefined,
  live: CompanyGreetingForm[] | undefined,
  role: GreetingRole,
  path: readonly PathSeg[],
): CompanyGreetingForm[] | undefined {
  // `{custom: …}` is a validation error (RingCentral applies only predefined greetings here).
  if (written === undefined || !('preset' in written)) return live;
  const r = env.resolver.greeting(written, role);
  if (!r.ok) {
    env.report([...path, 'preset'], r.error);
    return live;
  }
  const others = (live ?? []).filter((g) => g.type !== COMPANY_GREETING_TYPE);
  return [...others, { type: COMPANY_GREETING_TYPE, preset: { id: r.value.id } }].sort(byType);
}
