import { UserError } from '../core/problem.js';

/**
 * The current time for lint ("already ended") and routing impact ("next week"). `RINGFORM_NOW`
 * (an ISO date-time) pins it, so plans reviewed in CI and golden files are reproducible.
 */
export function clock(env: Record<string, string | undefined>): Date {
  const pinned = env.RINGFORM_NOW;
  if (!pinned) return new Date();
  const d = new Date(pinned);
  if (Number.isNaN(d.getTime())) throw new UserError(`RINGFORM_NOW="${pinned}" is not an ISO date-time`);
  return d;
}
