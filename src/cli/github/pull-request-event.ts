import { readFile } from 'node:fs/promises';

/** What ringform needs of the event that started the workflow (GITHUB_EVENT_PATH). */
export interface PullRequestEvent {
  number?: number;
  /** The pull request's head commit: what its plan was made from. */
  headSha?: string;
  /** The pull request comes from another repository: its workflow gets a read-only token and no secrets. */
  fromFork: boolean;
}

interface EventFile {
  pull_request?: {
    number?: number;
    head?: { sha?: string; repo?: { full_name?: string } | null };
    base?: { repo?: { full_name?: string } };
  };
  issue?: { number?: number };
  number?: number;
}

export async function readPullRequestEvent(path: string | undefined): Promise<PullRequestEvent> {
  if (!path) return { fromFork: false };
  const event = JSON.parse(await readFile(path, 'utf8')) as EventFile;
  const pr = event.pull_request;
  const head = pr?.head?.repo?.full_name;
  const base = pr?.base?.repo?.full_name;
  return {
    number: pr?.number ?? event.issue?.number ?? event.number,
    headSha: pr?.head?.sha,
    // A deleted fork has no head repository; its pull request is still not the base's own.
    fromFork: Boolean(pr && (pr.head?.repo === null || (head && base && head !== base))),
  };
}
