import type { Plan } from '../../core/plan.js';
import { UserError } from '../../core/problem.js';
import { commentMarker } from '../../render/sticky-comment-body.js';
import type { GitHubRepo } from './github-api.js';
import { mergedPullRequest } from './merged-pull-request.js';
import { planDigest } from './plan-digest.js';
import { parseReviewedPlan } from './reviewed-plan.js';
import { findOwnComment } from './sticky-comment.js';

export interface CheckOutcome {
  /** The pull request the commit came from, when there is one (to post the result on). */
  pullRequest?: number;
  /** Why the plan may not be applied; absent when it is the reviewed plan. */
  refusal?: string;
  /** What was checked, for the log. */
  message: string;
}

type Fetch = typeof fetch;

/**
 * Is `plan` (the merge's own changes, planned now) the plan reviewers saw on the pull request
 * merged as `commit`? The pull request's comment — ringform's own, never another user's —
 * records the digest of the plan it shows and the head commit it was made from. Applies only
 * when the comment was made from the head that was merged and the digests are equal.
 */
export async function checkReviewedPlan(
  repo: GitHubRepo & { author?: string },
  commit: string,
  plan: Plan,
  fetchImpl: Fetch = fetch,
): Promise<CheckOutcome> {
  const digest = planDigest(plan);
  const how = `Nothing was applied. To apply this plan after reviewing it (the job summary shows it), run the workflow by hand with approved-plan: ${digest}`;
  const pr = await mergedPullRequest(repo, commit, fetchImpl);
  if (!pr) return { refusal: `commit ${commit} was not merged from a pull request, so no plan was reviewed for it. ${how}`, message: '' };
  const where = `${repo.repository}#${pr.number}`;
  const comment = await findOwnComment({ ...repo, issueNumber: pr.number }, commentMarker('plan'), fetchImpl);
  const reviewed = comment?.body ? parseReviewedPlan(comment.body) : undefined;
  const refuse = (why: string): CheckOutcome => ({ pullRequest: pr.number, refusal: `${why} ${how}`, message: '' });
  if (!reviewed)
    return refuse(
      `${where} has no reviewed plan (its plan job did not run or did not finish: a fork's pull request gets no RingCentral secrets).`,
    );
  if (reviewed.commit !== pr.headSha)
    return refuse(
      `the plan reviewed on ${where} was made from ${short(reviewed.commit)}, but ${short(pr.headSha)} was merged (the plan of the last push had not been posted).`,
    );
  if (reviewed.digest !== digest)
    return refuse(
      `the merged changes plan differently from the plan reviewed on ${where}: reviewed ${reviewed.digest} (${reviewed.changes} change(s)), now ${digest} (${plan.changes.length} change(s)). The live configuration or the main branch changed since the review.`,
    );
  return {
    pullRequest: pr.number,
    message: `The plan is the one reviewed on ${where} (made from ${short(reviewed.commit)}, ${plan.changes.length} change(s), ${digest}).`,
  };
}

/** Is `plan` the plan a person approved by its digest (e.g. a workflow_dispatch input)? */
export function checkApprovedDigest(plan: Plan, approved: string): CheckOutcome {
  const digest = planDigest(plan);
  if (approved.trim() === digest) return { message: `The plan is the approved plan (${plan.changes.length} change(s), ${digest}).` };
  return {
    refusal: `the plan now is ${digest} (${plan.changes.length} change(s)), not the approved ${approved.trim()}: the live configuration or the manifests changed since it was reviewed. Nothing was applied; review the plan in the job summary and approve its digest.`,
    message: '',
  };
}

export function assertApplicable(outcome: CheckOutcome): void {
  if (outcome.refusal) throw new UserError(outcome.refusal);
}

const short = (sha: string) => sha.slice(0, 7);
