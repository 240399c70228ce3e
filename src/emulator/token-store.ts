import { randomBytes } from 'node:crypto';

/**
 * Access and refresh tokens issued by the emulated OAuth server. A login starts a session; a
 * refresh rotates the refresh token inside the same session; revoking any token of a session
 * ends the session. Tokens are random and never logged.
 */

interface Session {
  id: string;
  ownerId: string;
  clientId: string;
  /** The app's permissions when the session began, space-separated (TokenInfo `scope`). */
  scope: string;
}

interface Issued {
  session: Session;
  expiresAt: number;
}

export interface TokenInfo {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  refresh_token: string;
  refresh_token_expires_in: number;
  scope: string;
  owner_id: string;
  endpoint_id: string;
  session_id: string;
}

function newToken(prefix: string): string {
  return `${prefix}${randomBytes(24).toString('base64url')}`;
}

export type AccessCheck = { ok: true; ownerId: string; clientId: string; scope: string } | { ok: false; reason: 'unknown' | 'expired' };

export class TokenStore {
  private readonly access = new Map<string, Issued>();
  private readonly refresh = new Map<string, Issued>();

  issue(
    grant: { ownerId: string; clientId: string; scope: string },
    ttl: { access: number; refresh: number },
    now: number,
    endpointId?: string,
    session?: Session,
  ): TokenInfo {
    const s = session ?? { id: newToken('').slice(0, 20), ...grant };
    const accessToken = newToken('EMU-AT-');
    const refreshToken = newToken('EMU-RT-');
    this.access.set(accessToken, { session: s, expiresAt: now + ttl.access * 1000 });
    this.refresh.set(refreshToken, { session: s, expiresAt: now + ttl.refresh * 1000 });
    return {
      access_token: accessToken,
      token_type: 'bearer',
      expires_in: ttl.access,
      refresh_token: refreshToken,
      refresh_token_expires_in: ttl.refresh,
      scope: s.scope,
      owner_id: s.ownerId,
      endpoint_id: endpointId ?? newToken('').slice(0, 22),
      session_id: s.id,
    };
  }

  checkAccess(token: string, now: number): AccessCheck {
    const found = this.access.get(token);
    if (!found) return { ok: false, reason: 'unknown' };
    if (found.expiresAt <= now) return { ok: false, reason: 'expired' };
    const { ownerId, clientId, scope } = found.session;
    return { ok: true, ownerId, clientId, scope };
  }

  /** The session of a valid refresh token, consuming the token (refresh tokens are single use). */
  takeRefresh(token: string, clientId: string, now: number): Session | undefined {
    const found = this.refresh.get(token);
    if (!found || found.expiresAt <= now || found.session.clientId !== clientId) return undefined;
    this.refresh.delete(token);
    return found.session;
  }

  /** Who a refresh token belongs to, without consuming it (for rate limiting before the grant is checked). */
  peekRefreshOwner(token: string): string | undefined {
    return this.refresh.get(token)?.session.ownerId;
  }

  /** Ends the session the token belongs to; unknown tokens are ignored, as RFC 7009 asks. */
  revoke(token: string): void {
    const session = (this.access.get(token) ?? this.refresh.get(token))?.session;
    if (!session) return;
    for (const map of [this.access, this.refresh]) {
      for (const [key, value] of map) if (value.session === session) map.delete(key);
    }
  }
}
