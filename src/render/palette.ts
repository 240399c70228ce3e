import pc from 'picocolors';
import type { ChangeAction } from '../core/plan.js';

type Style = (text: string) => string;

/** The few styles the renderers use; every one is the identity when colour is off. */
export interface Palette {
  action: Record<ChangeAction, Style>;
  dim: Style;
  bold: Style;
  warn: Style;
  ok: Style;
  bad: Style;
}

/**
 * Built from `createColors(enabled)`, never from picocolors' default export: its automatic
 * detection looks at the process, while the caller (cli/io.ts `useColour`) has already decided
 * from the injected IO, and pure renderers must not look at the environment.
 */
export function palette(enabled: boolean): Palette {
  const c = pc.createColors(enabled);
  return {
    action: { create: c.green, update: c.yellow, delete: c.red },
    dim: c.dim,
    bold: c.bold,
    warn: c.yellow,
    ok: c.green,
    bad: c.red,
  };
}
