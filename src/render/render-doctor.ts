import type { DoctorCheck } from '../core/doctor.js';
import { palette } from './palette.js';

/**
 * `ringform doctor`'s report: one line per check, `✓ name: detail` or `✗ name: detail. Fix: …`,
 * then a closing line saying whether ringform can be relied on.
 */
export function renderDoctor(checks: DoctorCheck[], opts: { colour: boolean }): string {
  const p = palette(opts.colour);
  const lines = checks.map((c) =>
    c.ok ? `${p.ok('✓')} ${c.name}: ${c.detail}` : `${p.bad('✗')} ${c.name}: ${c.detail}${c.fix ? `. ${p.bold('Fix:')} ${c.fix}` : ''}`,
  );
  const failed = checks.filter((c) => !c.ok).length;
  lines.push(failed === 0 ? `All ${checks.length} checks passed.` : `${failed} of ${checks.length} checks failed.`);
  return lines.join('\n') + '\n';
}
