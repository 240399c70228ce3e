import type { DoctorCheck } from '../core/doctor.js';
import { palette } from './palette.js';

/**
 * `ringform doctor`'s report: one line per check, `✓ name: detail`, `✗ name: detail. Fix: …` or
 * `- name: not checked (fix … first)`, then a closing line saying whether ringform can be relied
 * on. Checks that never ran are counted apart from failures.
 */
export function renderDoctor(checks: DoctorCheck[], opts: { colour: boolean }): string {
  const p = palette(opts.colour);
  const lines = checks.map((c) => {
    if (c.ok) return `${p.ok('✓')} ${c.name}: ${c.detail}`;
    if (c.notChecked) return `${p.dim('-')} ${c.name}: not checked${c.fix ? ` (${c.fix})` : ''}`;
    return `${p.bad('✗')} ${c.name}: ${c.detail}${c.fix ? `. ${p.bold('Fix:')} ${c.fix}` : ''}`;
  });
  lines.push(doctorSummary(checks));
  return lines.join('\n') + '\n';
}

/** `All 7 checks passed.`, `1 failed, 5 not checked, 1 passed.` */
export function doctorSummary(checks: DoctorCheck[]): string {
  const passed = checks.filter((c) => c.ok).length;
  const skipped = checks.filter((c) => !c.ok && c.notChecked).length;
  const failed = checks.length - passed - skipped;
  if (failed === 0 && skipped === 0) return `All ${checks.length} checks passed.`;
  const parts = [`${failed} failed`, ...(skipped ? [`${skipped} not checked`] : []), `${passed} passed`];
  return `${parts.join(', ')}.`;
}
