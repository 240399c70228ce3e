import type { RoutingTestResult } from '../core/routing-test.js';
import { palette } from './palette.js';

/**
 * `ringform test` output: per test file and owner, `✓ name` or `✗ name` with one line per
 * difference, then `N passed, N failed`.
 */
export function renderRoutingTestResults(results: RoutingTestResult[], opts: { colour: boolean }): string {
  const p = palette(opts.colour);
  const lines: string[] = [];
  let group = '';
  for (const r of results) {
    const heading = `${r.file}: ${r.owner}`;
    if (heading !== group) {
      if (group) lines.push('');
      lines.push(p.bold(heading));
      group = heading;
    }
    lines.push(r.passed ? `  ${p.ok('✓')} ${r.name}` : `  ${p.bad('✗')} ${r.name}  ${p.dim(r.where)}`);
    for (const d of r.diffs) lines.push(`      ${d}`);
  }
  const passed = results.filter((r) => r.passed).length;
  const failed = results.length - passed;
  if (lines.length) lines.push('');
  const summary = `${passed} passed, ${failed} failed`;
  lines.push(failed > 0 ? p.bad(summary) : p.ok(summary));
  return lines.join('\n') + '\n';
}
