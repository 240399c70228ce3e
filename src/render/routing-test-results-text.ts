import type { RoutingTestResult } from '../core/routing-test.js';
import { cleanText } from './format-value.js';
import { palette } from './palette.js';

/**
 * `ringform test` output: per test file and owner, `✓ name` or `✗ name` with one line per
 * difference, then `N passed, N failed`. File and call names are printed through `cleanText`:
 * a newline or escape code in a name can neither start a line of its own (in CI that would be a
 * workflow command such as `::error::`) nor reach the terminal.
 */
export function renderRoutingTestResults(results: RoutingTestResult[], opts: { colour: boolean }): string {
  const p = palette(opts.colour);
  const lines: string[] = [];
  let group = '';
  for (const r of results) {
    const heading = cleanText(`${r.file}: ${r.owner}`);
    if (heading !== group) {
      if (group) lines.push('');
      lines.push(p.bold(heading));
      group = heading;
    }
    const name = cleanText(r.name);
    lines.push(r.passed ? `  ${p.ok('✓')} ${name}` : `  ${p.bad('✗')} ${name}  ${p.dim(cleanText(r.where))}`);
    for (const d of r.diffs) lines.push(`      ${cleanText(d)}`);
  }
  const passed = results.filter((r) => r.passed).length;
  const failed = results.length - passed;
  if (lines.length) lines.push('');
  const summary = `${passed} passed, ${failed} failed`;
  lines.push(failed > 0 ? p.bad(summary) : p.ok(summary));
  return lines.join('\n') + '\n';
}
