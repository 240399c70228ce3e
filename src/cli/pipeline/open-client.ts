import type { ApiClient } from '../../live/api-client.js';
import { connect } from '../../live/connect.js';
import { readConnectionConfig } from '../../live/connection-config.js';
import type { CliIO } from '../io.js';
import { waitNotice } from '../wait-notice.js';

/**
 * Connects with the credentials from the environment (cli.md "Connection"). Debug lines go to
 * stderr under RINGFORM_DEBUG; the client redacts every secret from them. Long rate-limit waits
 * are announced on stderr.
 */
export async function openClient(io: CliIO): Promise<ApiClient> {
  const config = readConnectionConfig(io.env);
  const debug = io.env.RINGFORM_DEBUG ? (line: string) => io.stderr(`debug: ${line}\n`) : undefined;
  return connect(config, { debug, onEvent: waitNotice(io) });
}
