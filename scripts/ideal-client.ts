/**
 * The yardstick of `npm run bench` (issue 23 item 4): a minimal client that sends the GETs a
 * plan sent, knowing all of them in advance and ignoring that some depend on others. Per
 * usage-plan group, request i leaves at once while fewer than `limit` were sent, else exactly a
 * window after the answer of request i − limit: the tightest a client can pace RingCentral's
 * sliding window without ever drawing a 429. Groups run side by side; nothing else limits it.
 */

export interface IdealGet {
  /** Path and query, as sent. */
  url: string;
  /** The usage-plan group, lowercase as the emulator logs it (`light`, `medium`, `heavy`). */
  group: string;
}

export interface IdealRun {
  ms: number;
  /** Responses that were not 200 (a 429 would mean the yardstick itself is too fast). */
  failures: number;
}

const GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** Logs in with the JWT (one Auth request, as a plan does) and sends `gets`; the time covers both. */
export async function idealClient(
  baseUrl: string,
  credentials: { clientId: string; clientSecret: string; jwt: string },
  gets: IdealGet[],
  limits: Record<string, number>,
  windowMs: number,
): Promise<IdealRun> {
  const t0 = performance.now();
  const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64');
  const login = await fetch(`${baseUrl}/restapi/oauth/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: GRANT, assertion: credentials.jwt }),
  });
  const token = ((await login.json()) as { access_token: string }).access_token;
  let failures = 0;
  const send = async (url: string) => {
    const response = await fetch(`${baseUrl}${url}`, { headers: { authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    if (response.status !== 200) failures += 1;
    return performance.now();
  };
  const groups = [...new Set(gets.map((g) => g.group))];
  await Promise.all(
    groups.map(async (group) => {
      const urls = gets.filter((g) => g.group === group).map((g) => g.url);
      const limit = limits[group];
      const answered: Promise<number>[] = [];
      urls.forEach((url, i) => {
        answered[i] =
          i < limit
            ? send(url)
            : answered[i - limit].then(async (at) => {
                await sleep(at + windowMs - performance.now());
                return send(url);
              });
      });
      await Promise.all(answered);
    }),
  );
  return { ms: performance.now() - t0, failures };
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, Math.ceil(ms))) : Promise.resolve();
}
