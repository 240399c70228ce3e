import { describe, expect, it } from 'vitest';
import { tokenCacheDir } from '../../src/live/token-cache.js';

describe('tokenCacheDir', () => {
  it('is RINGFORM_CACHE_DIR, else $XDG_CACHE_HOME/ringform, else ~/.cache/ringform: never inside the repository by default', () => {
    expect(tokenCacheDir({ RINGFORM_CACHE_DIR: '/tmp/c', XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/tmp/c');
    expect(tokenCacheDir({ XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/x/ringform');
    expect(tokenCacheDir({ HOME: '/h' })).toBe('/h/.cache/ringform');
  });

  it('is off with RINGFORM_TOKEN_CACHE=off and with nowhere to put it', () => {
    expect(tokenCacheDir({ HOME: '/h', RINGFORM_TOKEN_CACHE: 'off' })).toBeUndefined();
    expect(tokenCacheDir({ RINGFORM_CACHE_DIR: '/tmp/c', RINGFORM_TOKEN_CACHE: 'off' })).toBeUndefined();
    expect(tokenCacheDir({ HOME: '/h', CI: 'true' })).toBe('/h/.cache/ringform');
    expect(tokenCacheDir({})).toBeUndefined();
  });
});
