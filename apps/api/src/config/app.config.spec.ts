import { ConfigError, loadConfig } from './app.config';

describe('configuration', () => {
  it('trusts no proxy by default, and no client that claims to be one', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
  });

  it('reads TRUST_PROXY as a hop count or a list of addresses and ranges', () => {
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.1,loopback,fd00::/8' }).trustProxy).toEqual(['10.0.0.0/8', '192.168.1.1', 'loopback', 'fd00::/8']);
  });

  it.each(['true', 'yes', 'proxy.example.org', '10.0.0.0/33', '10.0.0.1/8/8', '11', ','])('refuses TRUST_PROXY=%s with a message naming it', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY must be off .* number of proxies .* addresses or CIDR ranges/);
  });

  it('makes cookies Secure by default in production behind a trusted proxy only', () => {
    expect(loadConfig({}).cookieSecure).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).cookieSecure).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).cookieSecure).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', TRUST_PROXY: '1' }).cookieSecure).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', TRUST_PROXY: '1', COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
    expect(loadConfig({ COOKIE_SECURE: 'true' }).cookieSecure).toBe(true);
    expect(() => loadConfig({ COOKIE_SECURE: 'sometimes' })).toThrow(/COOKIE_SECURE must be true or false/);
  });

  it('ends sessions 12 hours after sign-in unless SESSION_MAX_HOURS says otherwise', () => {
    expect(loadConfig({}).sessionMaxHours).toBe(12);
    expect(loadConfig({ SESSION_MAX_HOURS: '24' }).sessionMaxHours).toBe(24);
    expect(() => loadConfig({ SESSION_MAX_HOURS: '0' })).toThrow(/SESSION_MAX_HOURS must be at least 1/);
    expect(() => loadConfig({ SESSION_MAX_HOURS: 'half a day' })).toThrow(/SESSION_MAX_HOURS must be a whole number of hours/);
    expect(() => loadConfig({ SESSION_MAX_HOURS: '1000' })).toThrow(/SESSION_MAX_HOURS must be at most 720/);
  });
});
