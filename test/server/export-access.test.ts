import { describe, expect, it } from 'vitest';
import { bearerToken, exportRefusal } from '../../server/export-access.ts';
import { tokenDigest } from '../../server/tokens.ts';

describe('who may read a game’s records', () => {
  const host = 'h'.repeat(32);
  const facilitator = 'f'.repeat(32);

  it('reads the token from a Bearer header only', () => {
    expect(bearerToken(`Bearer ${host}`)).toBe(host);
    expect(bearerToken(`bearer  ${host} `)).toBe(host);
    expect(bearerToken(undefined)).toBeNull();
    expect(bearerToken(`Basic ${host}`)).toBeNull();
    expect(bearerToken('Bearer')).toBeNull();
  });

  it('refuses no token with 401 and a token no keyholder holds with 403; any keyholder opens', () => {
    const keyholders = [tokenDigest(host)];
    expect(exportRefusal(null, keyholders)).toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
    expect(exportRefusal('p'.repeat(32), keyholders)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(exportRefusal(host, keyholders)).toBeNull();
    // The session layer extends the list; nothing else changes.
    expect(exportRefusal(facilitator, keyholders)).not.toBeNull();
    expect(exportRefusal(facilitator, [...keyholders, tokenDigest(facilitator)])).toBeNull();
    expect(exportRefusal(host, [])).toMatchObject({ status: 403 });
  });
});
