import { cookieSecure, cookiesOf, csrfRefusal, isCrossSite, trustedOriginsOf } from './session-cookies';

describe('session cookies: parsing, the Secure rule and the cross-site check', () => {
  it('reads cookies as a browser sends them: first of a repeated name, quoted or encoded values, no prototype names', () => {
    const cookies = cookiesOf({ cookie: 'ketqua_access=ey%2EA; other="quoted"; ketqua_access=second; constructor=x; broken; =nameless' });
    expect(cookies['ketqua_access']).toBe('ey.A');
    expect(cookies['other']).toBe('quoted');
    expect(cookies['constructor']).toBe('x');
    expect(cookies['toString']).toBeUndefined();
    expect(cookiesOf({})).toEqual({});
  });

  it('leaves Secure off only for plain http to a loopback host outside production', () => {
    const dev = { isProduction: false };
    expect(cookieSecure({ secure: false, hostname: 'localhost' }, dev)).toBe(false);
    expect(cookieSecure({ secure: false, hostname: '127.0.0.1' }, dev)).toBe(false);
    expect(cookieSecure({ secure: false, hostname: '::1' }, dev)).toBe(false);
    expect(cookieSecure({ secure: false, hostname: 'ketqua.lan' }, dev)).toBe(true);
    expect(cookieSecure({ secure: true, hostname: 'localhost' }, dev)).toBe(true);
    expect(cookieSecure({ secure: false, hostname: 'localhost' }, { isProduction: true })).toBe(true);
  });

  it('compares the Origin host with Host or X-Forwarded-Host, honours TRUSTED_ORIGINS and Sec-Fetch-Site', () => {
    expect(isCrossSite({ host: 'ketqua.vn', origin: 'https://ketqua.vn' }, [])).toBe(false);
    expect(isCrossSite({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000/' }, [])).toBe(false);
    expect(isCrossSite({ host: '127.0.0.1:3000', 'x-forwarded-host': 'localhost:4200', origin: 'http://localhost:4200' }, [])).toBe(false);
    expect(isCrossSite({ host: 'ketqua.vn', origin: 'https://ketqua.vn.evil.example' }, [])).toBe(true);
    expect(isCrossSite({ host: 'ketqua.vn', origin: 'null' }, [])).toBe(true);
    expect(isCrossSite({ host: 'api.internal', origin: 'https://ketqua.example.vn' }, trustedOriginsOf({ TRUSTED_ORIGINS: ' https://Ketqua.example.vn/ , https://b.vn' }))).toBe(
      false,
    );
    expect(isCrossSite({ host: 'ketqua.vn', 'sec-fetch-site': 'cross-site' }, [])).toBe(true);
    expect(isCrossSite({ host: 'ketqua.vn', 'sec-fetch-site': 'same-site' }, [])).toBe(false);
    expect(isCrossSite({ host: 'ketqua.vn' }, [])).toBe(false);
  });

  it('asks the header of cookie requests on /graphql and on writes, never of bearer or cookie-less ones', () => {
    const cookie = { host: 'ketqua.vn', cookie: 'ketqua_access=ey' };
    expect(csrfRefusal({ method: 'POST', path: '/graphql', headers: cookie }, [])?.reason).toBe('CSRF_HEADER_MISSING');
    expect(csrfRefusal({ method: 'GET', path: '/graphql', headers: cookie }, [])?.reason).toBe('CSRF_HEADER_MISSING');
    expect(csrfRefusal({ method: 'DELETE', path: '/files/1', headers: cookie }, [])?.reason).toBe('CSRF_HEADER_MISSING');
    expect(csrfRefusal({ method: 'GET', path: '/files/1', headers: cookie }, [])).toBeNull();
    expect(csrfRefusal({ method: 'POST', path: '/graphql', headers: { ...cookie, 'x-ketqua-session': 'cookie' } }, [])).toBeNull();
    expect(csrfRefusal({ method: 'POST', path: '/graphql', headers: { ...cookie, authorization: 'Bearer ey' } }, [])).toBeNull();
    expect(csrfRefusal({ method: 'POST', path: '/graphql', headers: { host: 'ketqua.vn' } }, [])).toBeNull();
    expect(csrfRefusal({ method: 'POST', path: '/graphql', headers: { host: 'ketqua.vn', 'x-ketqua-session': 'cookie', origin: 'https://evil.example' } }, [])?.reason).toBe(
      'CROSS_SITE_REQUEST',
    );
  });
});
