import type { Command } from 'commander';
import { revokeCachedSession } from '../../live/connect.js';
import { readConnectionConfig } from '../../live/connection-config.js';
import { EXIT_OK } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import { connectOptions, tokenCacheOf } from '../pipeline/open-client.js';
import type { SetExit } from './index.js';

/**
 * `ringform logout`: ends the session that commands share (cli.md "Connection"): revokes the
 * cached token at RingCentral and removes the cache file. Needs the same credentials in the
 * environment: the file is sealed with them. Also the way to pick up new app permissions.
 */
export function register(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('logout')
    .description('revoke the access token that commands share and remove it from the cache')
    .action(async () => {
      const config = readConnectionConfig(io.env);
      const cache = tokenCacheOf(io, config);
      if (!cache) {
        io.stdout('No token cache is in use (RINGFORM_TOKEN_CACHE=off, or no HOME); nothing to revoke.\n');
        setExit(EXIT_OK);
        return;
      }
      const { found, revoked } = await revokeCachedSession(config, cache, connectOptions(io));
      if (!found) io.stdout(`No cached session for these credentials in ${cache.dir}; nothing to revoke.\n`);
      else if (revoked) io.stdout(`Logged out: the cached session was revoked at ${config.serverUrl} and removed from ${cache.dir}.\n`);
      else
        io.stdout(
          `Removed the cached session from ${cache.dir}; RingCentral at ${config.serverUrl} could not be asked to revoke it (no copy is left; its access token expires within the hour).\n`,
        );
      setExit(EXIT_OK);
    });
}
