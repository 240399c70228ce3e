import { invalidParameter, notFound } from './api-error.js';
import { ok, queryValue, queryValues, type ApiRequest, type Handler } from './api-request.js';
import { clone, type Json } from './json-value.js';
import { v1List } from './paging.js';
import { standardGreeting } from './standard-greetings.js';
import { deleteV1Rule, putBusinessHours } from './update-v1-rule.js';
import type { V1CallHandling, V1Rule } from './v1-call-handling.js';

/**
 * The v1 business-hours and answering-rule operations, one implementation for every owner: sites
 * and call queues (`…/extension/{id}/business-hours`, `…/answering-rule`) and the company
 * (`/account/{accountId}/…`). An owner says how the request names it, how its rules read and are
 * written (the action forms differ), and whether its rule list takes `view` and `enabledOnly`.
 */

/** The owner a request names: its uri (`…/extension/{id}` or `…/account/{id}`) and its call handling. */
export interface V1RuleOwnerRef<R extends V1Rule> {
  uri: string;
  handling: V1CallHandling<R>;
}

export interface V1RuleOwner<R extends V1Rule, O extends V1RuleOwnerRef<R>> {
  resolve(req: ApiRequest): O;
  /** The rule as the list returns it by default. */
  summary(req: ApiRequest, owner: O, r: R): Json;
  /** The whole rule. */
  present(req: ApiRequest, owner: O, r: R): Json;
  /**
   * Extension rule lists take `view` (Simple summaries by default, or Detailed whole rules) and
   * `enabledOnly`; the company's list returns summaries only (ListCompanyAnsweringRuleInfo).
   */
  listViews: boolean;
  create(req: ApiRequest, owner: O): R;
  update(req: ApiRequest, owner: O): R;
}

export interface V1RuleHandlers {
  readBusinessHours: Handler;
  putBusinessHours: Handler;
  list: Handler;
  create: Handler;
  read: Handler;
  put: Handler;
  remove: Handler;
}

const RULE_TYPES = ['BusinessHours', 'AfterHours', 'Custom'];

export function v1RuleHandlers<R extends V1Rule, O extends V1RuleOwnerRef<R>>(owner: V1RuleOwner<R, O>): V1RuleHandlers {
  const hours = (o: O) => ok({ uri: `${o.uri}/business-hours`, schedule: { weeklyRanges: clone(o.handling.weeklyRanges) } });
  return {
    readBusinessHours: (req) => hours(owner.resolve(req)),
    putBusinessHours(req) {
      const o = owner.resolve(req);
      putBusinessHours(o.handling, req.body);
      return hours(o);
    },
    list(req) {
      const o = owner.resolve(req);
      const view = owner.listViews ? (queryValue(req.query, 'view') ?? 'Simple') : 'Simple';
      if (view !== 'Simple' && view !== 'Detailed') throw invalidParameter('view', 'must be Simple or Detailed');
      const types = queryValues(req.query, 'type');
      for (const t of types) if (!RULE_TYPES.includes(t)) throw invalidParameter('type', `${t} is not a rule type`);
      const enabledOnly = owner.listViews && queryValue(req.query, 'enabledOnly') === 'true';
      const rules = o.handling.rules.filter((r) => (types.length === 0 || types.includes(r.type)) && (!enabledOnly || r.enabled));
      const present = view === 'Detailed' ? owner.present : owner.summary;
      return ok(
        v1List(
          req,
          rules.map((r) => present(req, o, r)),
        ),
      );
    },
    create(req) {
      const o = owner.resolve(req);
      return ok(owner.present(req, o, owner.create(req, o)));
    },
    read(req) {
      const o = owner.resolve(req);
      const rule = o.handling.rule(req.params.ruleId);
      if (!rule) throw notFound('ruleId', req.params.ruleId);
      return ok(owner.present(req, o, rule));
    },
    put(req) {
      const o = owner.resolve(req);
      return ok(owner.present(req, o, owner.update(req, o)));
    },
    remove(req) {
      deleteV1Rule(owner.resolve(req).handling, req.params.ruleId);
      return { status: 204 };
    },
  };
}

/** What every rule's summary has: `{uri, id, type, name, enabled}`. */
export function ruleSummary(ownerUri: string, r: V1Rule): Json {
  return {
    uri: `${ownerUri}/answering-rule/${r.id}`,
    id: r.id,
    type: r.type,
    ...(r.name !== undefined && { name: r.name }),
    enabled: r.enabled,
  };
}

/** The summary and the rule's conditions, which every whole rule starts with. */
export function ruleWithConditions(ownerUri: string, r: V1Rule): Json {
  return {
    ...ruleSummary(ownerUri, r),
    ...(r.schedule !== undefined && { schedule: clone(r.schedule) }),
    ...(r.callers !== undefined && { callers: clone(r.callers) }),
    ...(r.calledNumbers !== undefined && { calledNumbers: clone(r.calledNumbers) }),
  };
}

/** A rule's greeting as GreetingInfo: a preset with the dictionary's uri and name; a custom one as stored. */
export function presentRuleGreeting(req: ApiRequest, g: Json): Json {
  const preset = g.preset as { id: string } | undefined;
  if (!preset) return clone(g);
  const found = standardGreeting(preset.id);
  return {
    type: g.type,
    preset: { uri: `${req.baseUrl}/restapi/v1.0/dictionary/greeting/${preset.id}`, id: preset.id, ...(found && { name: found.name }) },
  };
}
