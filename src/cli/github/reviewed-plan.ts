/**
 * The reviewed plan as ringform's pull-request comment records it: a hidden line right after the
 * comment's marker, `<!-- ringform:reviewed-plan commit=<sha> digest=sha256:<hex> changes=<n> -->`.
 * The merge job reads it back from the bot's own comment only (never from anyone else's).
 */
export interface ReviewedPlan {
  /** The pull request's head commit the plan was made from. */
  commit: string;
  digest: string;
  changes: number;
}

const LINE = /^<!-- ringform:reviewed-plan commit=([0-9a-f]{7,64}) digest=(sha256:[0-9a-f]{64}) changes=(\d+) -->$/m;

export function reviewedPlanLine(plan: ReviewedPlan): string {
  return `<!-- ringform:reviewed-plan commit=${plan.commit} digest=${plan.digest} changes=${plan.changes} -->`;
}

/** The reviewed plan a comment body records, if it records one. */
export function parseReviewedPlan(body: string): ReviewedPlan | undefined {
  const m = LINE.exec(body);
  return m ? { commit: m[1], digest: m[2], changes: Number(m[3]) } : undefined;
}
