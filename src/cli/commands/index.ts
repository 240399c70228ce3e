import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { register as apply } from './apply.js';
import { register as exportCommand } from './export.js';
import { register as emulator } from './emulator.js';
import { register as plan } from './plan.js';
import { register as simulate } from './simulate.js';
import { register as test } from './test.js';
import { register as validate } from './validate.js';

/** Sets the process exit code from inside a command action. */
export type SetExit = (code: number) => void;

/** Each command lives in its own module exporting `register(program, io, setExit)`. */
export type Register = (program: Command, io: CliIO, setExit: SetExit) => void;

const COMMANDS: Register[] = [validate, plan, apply, emulator, simulate, test, exportCommand];

export function registerCommands(program: Command, io: CliIO, setExit: SetExit): void {
  for (const register of COMMANDS) register(program, io, setExit);
}
