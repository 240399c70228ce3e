import { describe, expect, it } from 'vitest';
import { runCli, useEmulator } from '../helpers/e2e.js';

// A window just over the 5 s notice threshold: a 429's Retry-After (one window) holds the group
// back long enough to be announced. Only the message is asserted, never how long anything took.
const t = useEmulator({ windowMs: 6_000 });

describe('long rate-limit waits are announced on stderr (no terminal)', () => {
  it('plan says once that it waits for the Medium group after a 429', async () => {
    t.emu.addFault({ type: 'rate-limit', method: 'GET', path: 'comm-handling', count: 1 });
    const run = await runCli(['plan', 'examples/users/jordan.yaml'], t.env);
    expect(run.code).toBe(0);
    const notices = run.stderr.split('\n').filter((l) => l.startsWith('waiting '));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^waiting \d+ s for RingCentral's rate limit \(Medium group, 40 per (6|60) s\)$/);
    expect(run.stderr).not.toContain('\r');
  });
});
