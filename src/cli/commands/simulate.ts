import { Option, type Command } from 'commander';
import { parseCallTime, wallTimeExists } from '../../core/local-time.js';
import { normalizePhone } from '../../core/phone.js';
import { UserError } from '../../core/problem.js';
import type { RoutingCall, RoutingModel } from '../../core/routing.js';
import { renderOutcomeText } from '../../render/routing-outcome-text.js';
import { findOwnerDocument, managedRefs } from '../../simulate/find-owner-document.js';
import { ownerWords } from '../../core/owner-words.js';
import { OWNER_TYPES, type OwnerTable, type OwnerType } from '../../core/plan.js';
import { followCall, type CallPath } from '../../simulate/follow-call.js';
import { EXIT_OK } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import { liveCallPath } from '../pipeline/live-call-path.js';
import { loadValidDocuments } from '../pipeline/load-valid-documents.js';
import type { SetExit } from './index.js';
import { pathsArgument } from '../paths-argument.js';

interface SimulateOptions {
  extension?: string;
  site?: string;
  company?: boolean;
  from: string;
  to?: string;
  callerName?: string;
  at: string;
  /** `--queue` alone: a queue call to a user; `--queue <ext>`: a call to that call queue. */
  queue?: boolean | string;
  ivr?: string;
  press?: string;
  live?: boolean;
  format: 'text' | 'json';
}

function phone(value: string, option: string): string {
  const parsed = normalizePhone(value);
  if (!parsed.ok) throw new UserError(`${option}: ${parsed.error}`);
  return parsed.value;
}

/** The call as options describe it, every value checked before anything is read. */
function callOf(opts: SimulateOptions): RoutingCall {
  const at = parseCallTime(opts.at);
  if (!at.ok) throw new UserError(`--at: ${at.error}`);
  if (opts.queue === true && (opts.site !== undefined || opts.company))
    throw new UserError('--queue: sites and the company have no queue calls');
  return {
    from: phone(opts.from, '--from'),
    at: opts.at.trim().replace(' ', 'T'),
    ...(opts.callerName ? { callerName: opts.callerName } : {}),
    ...(opts.to !== undefined ? { to: phone(opts.to, '--to') } : {}),
    ...(opts.queue === true ? { queue: true } : {}),
    ...(opts.press !== undefined ? { press: pressedKeys(opts.press) } : {}),
  };
}

/** `2`, `2,1`, `1 3`, `*,#`: the keys pressed in the menus along the way, one per menu. */
function pressedKeys(written: string): string[] {
  const keys = written.split(/[\s,]+/).filter(Boolean);
  const bad = keys.filter((k) => !/^[0-9*#]$/.test(k) && k !== 'noInput');
  if (bad.length)
    throw new UserError(
      `--press: ${bad.map((k) => JSON.stringify(k)).join(', ')} is not a key (0-9, *, # or noInput, separated by commas)`,
    );
  return keys;
}

/** How simulate is asked for an owner of each type: its option, the value given, and what it names. */
interface SimulateTarget {
  option: string;
  given(opts: SimulateOptions): string | undefined;
  what(written: string): string;
}

/** One entry per owner type: a new type without its option does not compile. */
export const SIMULATE_TARGETS: OwnerTable<SimulateTarget> = {
  user: { option: '--extension <ext>', given: (o) => o.extension, what: (w) => `extension "${w}"` },
  site: { option: '--site <ext>', given: (o) => o.site, what: (w) => `site "${w}"` },
  company: { option: '--company', given: (o) => (o.company ? '' : undefined), what: () => 'the company' },
  // `--queue` alone is a queue call to the user of --extension; with a value, the call queue.
  queue: { option: '--queue <ext>', given: (o) => (typeof o.queue === 'string' ? o.queue : undefined), what: (w) => `call queue "${w}"` },
  ivr: { option: '--ivr <ext>', given: (o) => o.ivr, what: (w) => `IVR menu "${w}"` },
};

/** The one owner the options name (anything else is refused before anything is read). */
function askedOwner(opts: SimulateOptions): { type: OwnerType; written: string } {
  const asked = OWNER_TYPES.filter((t) => SIMULATE_TARGETS[t].given(opts) !== undefined);
  if (asked.length !== 1) {
    const options = OWNER_TYPES.map((t) => SIMULATE_TARGETS[t].option);
    throw new UserError(`name exactly one of ${options.slice(0, -1).join(', ')} or ${options[options.length - 1]}`);
  }
  return { type: asked[0], written: SIMULATE_TARGETS[asked[0]].given(opts)! };
}

/** The call's path from the owner the options name: through the manifests, or with --live through the live account. */
async function pathFor(
  paths: string[],
  io: CliIO,
  opts: SimulateOptions,
  asked: { type: OwnerType; written: string },
  call: RoutingCall,
): Promise<{ model: RoutingModel; path: CallPath }> {
  const { type, written } = asked;
  const kind = ownerWords[type].manifestKind;
  if (opts.live) {
    const { start, path } = await liveCallPath(io, kind, written, call);
    return { model: start.model, path };
  }
  // With --format json, invalid manifests are reported as {"problems": [...]} too.
  const { documents: manifests } = await loadValidDocuments(paths, io, opts.format);
  const found = findOwnerDocument(manifests, kind, written);
  if (!found) {
    const target = SIMULATE_TARGETS[type];
    // Offline, a number and a name cannot be known to be one extension unless a document says
    // so: name the owners the documents do manage, as they write them.
    const managed = managedRefs(manifests, type).map((r) => `${target.option.split(' ')[0]} ${JSON.stringify(r)}`);
    const hint = managed.length
      ? ` (the ${kind} documents name ${managed.join(', ')}; without the account's extension list a number cannot be matched to a name)`
      : '';
    throw new UserError(
      `no ${kind} manifest in ${paths.length ? paths.join(', ') : '.'} manages ${target.what(written)}${hint}; simulate the live configuration with --live`,
    );
  }
  // Every hop the documents describe is followed.
  return { model: found.model, path: followCall(manifests, { model: found.model, ref: found.ref }, call) };
}

export function register(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('simulate')
    .description('show how a call would be routed: who rings, in what order, and where the call ends')
    .addArgument(pathsArgument())
    .option('--extension <ext>', 'the user: extension number, email or name as the manifest writes it')
    .option('--site <ext>', 'the site: extension number or name as the manifest writes it')
    .option('--company', "the company's main number (the Company document)")
    .option('--ivr <ext>', 'an IVR menu: its extension number or name as its IvrMenu document writes them')
    .option('--press <keys>', 'the keys the caller presses in the IVR menus along the way, e.g. 2 or 2,1 (none left: no input)')
    .requiredOption('--from <phone>', "the caller's number")
    .option('--to <phone>', 'the number dialled (rules with called numbers need it)')
    .option('--caller-name <name>', "the caller's contact name (site rules can match it)")
    .requiredOption('--at <date-time>', 'local date-time of the call, e.g. 2026-12-19T22:00')
    .option('--queue [ext]', 'with --extension: a call queue call to the user; with a value: a call to that call queue')
    .option('--live', 'simulate the live configuration (GET only) instead of the manifests')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (paths: string[], opts: SimulateOptions) => {
      const asked = askedOwner(opts);
      const call = callOf(opts);
      const { model, path } = await pathFor(paths, io, opts, asked, call);
      const outcome = path.outcome;
      const owner = { type: model.type, label: model.label, ...(model.timeZone ? { timeZone: model.timeZone } : {}) };
      if (model.timeZone && !wallTimeExists(call.at, model.timeZone)) {
        io.stderr(
          `note: ${call.at} does not exist in ${model.timeZone}: the clocks skip that hour on this day (daylight saving time starts), so no call arrives then; it is routed by the wall-clock time as written.\n`,
        );
      }
      io.stdout(
        opts.format === 'json'
          ? JSON.stringify(
              { call, owner, hops: path.hops, ...outcome, ...(path.findings.length && { findings: path.findings }) },
              null,
              2,
            ) + '\n'
          : renderOutcomeText(outcome, call, owner, path.hops, path.findings),
      );
      setExit(EXIT_OK);
    });
}
