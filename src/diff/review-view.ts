/**
 * A view of a comparable object for people: arrays whose position is not their identity become
 * objects keyed by what the element is, so a diff reads "ring coworker 63707590004: duration
 * 20 → 40" instead of "actions/5/duration" (indices shift whenever a group is added). Only the
 * human diff uses this view; the RFC 6902 patch stays on the request shape.
 */

import type { LiveObject } from '../parts/part.js';
import { ringAlways } from '../parts/ring-always.js';
import { destinationByApiType, greetingActionByApiType, ringTargetByApiType } from '../parts/registry.js';

const SET_NAMES: Record<string, string> = { Ringing: 'if no answer', Terminating: 'immediately' };

/**
 * An object of a comparable form (a request body or a live resource of the spec), read field by
 * field: the view names what it knows and keeps everything else as it is.
 */
type Fields = LiveObject;
/** A list field as the object holds it (absent is empty). */
const listOf = (v: unknown) => (v ?? []) as Fields[];
const fieldsOf = (v: unknown) => v as Fields;

/** Each target and greeting action is named by its part (`coworker 63707590004`, `welcome greeting`). */
const ringTargetName = (t: Fields): string => ringTargetByApiType(t?.type).reviewName(t);

function terminatingTargetName(t: Fields): string {
  const set = t.dispatchingType ? ` (${SET_NAMES[String(t.dispatchingType)] ?? t.dispatchingType})` : '';
  return `${destinationByApiType(t?.type).reviewName(t)}${set}`;
}

function uniqueKey(out: Record<string, unknown>, key: string): string {
  let k = key;
  for (let n = 2; k in out; n++) k = `${key} #${n}`;
  return k;
}

function terminatingView(a: Fields): Record<string, unknown> {
  const targets: Record<string, unknown> = {};
  for (const t of listOf(a.targets)) {
    const { type: _t, dispatchingType: _d, ...rest } = t;
    targets[uniqueKey(targets, terminatingTargetName(t))] = rest;
  }
  return { 'if no answer': a.ringingTargetType, immediately: a.terminatingTargetType, targets };
}

function actionsView(actions: Fields[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let position = 0;
  for (const a of actions) {
    const greeting = greetingActionByApiType(a.type);
    if (greeting) {
      const { type: _t, ...rest } = a;
      out[greeting.reviewName] = rest;
    } else if (a.type === 'RingGroupAction') {
      const key = `ring ${listOf(a.targets).map(ringTargetName).join(' + ')}`;
      out[uniqueKey(out, key)] = { enabled: a.enabled, seconds: a.duration, ...(a.enabled ? { step: ++position } : {}) };
    } else if (a.type === ringAlways.apiType) {
      out[uniqueKey(out, ringAlways.reviewName)] = { enabled: a.enabled, targets: listOf(a.targets).map(ringTargetName).join(' + ') };
    } else if (a.type === 'TerminatingAction') {
      out.forwarding = terminatingView(a);
    } else {
      out[uniqueKey(out, String(a.type))] = a;
    }
  }
  return out;
}

const hours = (r: Fields) => `${r.startTime}-${r.endTime}`;

function triggersView(triggers: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const t of listOf(triggers)) {
    if (t.triggerType === 'Daily') out.daily = hours(t);
    else if (t.triggerType === 'Weekly') {
      const days = Object.entries(t.ranges ?? {}) as [string, Fields[]][];
      out.weekly = Object.fromEntries(days.map(([day, list]) => [day, list.map(hours).join(', ')]));
    } else if (t.triggerType === 'Range') {
      out.ranges = listOf(t.ranges).map((r) => `${r.startDateTime ?? '…'} → ${r.endDateTime}`);
    }
  }
  return out;
}

/** Conditions by kind: `schedule`, `state`, `callers`, `calledNumbers`. */
function conditionsView(conditions: Fields[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of listOf(conditions)) {
    if (c.type === 'Schedule') out.schedule = triggersView(fieldsOf(c.schedule)?.triggers);
    else if (c.type === 'State') out.state = fieldsOf(c.state)?.id;
    else if (c.type === 'Interaction') {
      out.callers = listOf(c.from).map((f) => (f.name && f.name !== f.phoneNumber ? `${f.phoneNumber} (${f.name})` : f.phoneNumber));
      out.calledNumbers = c.to ?? [];
    } else out[uniqueKey(out, String(c.type))] = c;
  }
  return out;
}

export function reviewView(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k === 'dispatching' && v && typeof v === 'object') {
      const d = fieldsOf(v);
      out.dispatching = { type: d.type, ...(d.callTypes ? { callTypes: d.callTypes } : {}), ...actionsView(listOf(d.actions)) };
    } else if (k === 'conditions' && Array.isArray(v)) {
      out.conditions = conditionsView(v);
    } else out[k] = v;
  }
  return out;
}
