import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const nginx = readFileSync(join(ROOT, 'deploy', 'nginx-scale.conf'), 'utf8');
const compose = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');

/**
 * The scale profile's proxy, read as written (no container runs in the test suite). Each rule here
 * once failed in use: without the port in Host every write through the proxy was refused as
 * cross-site, and an appended X-Forwarded-For let a client name its own address to the sign-in throttle.
 */
describe("the scale profile's proxy", () => {
  const directives = nginx.split('\n').map((line) => line.replace(/#.*/, '').trim()).filter(Boolean);

  it('forwards the host with its port, as the browser sent it', () => {
    expect(directives).toContain('proxy_set_header Host $http_host;');
  });

  it("tells the API the client's own address, never one the client claims", () => {
    expect(directives).toContain('proxy_set_header X-Forwarded-For $remote_addr;');
    expect(directives.some((d) => d.includes('$proxy_add_x_forwarded_for'))).toBe(false);
  });

  it('is the only address the API instances trust to forward one', () => {
    const proxyAddress = /ipv4_address:\s*(\S+)/.exec(compose)?.[1];
    expect(proxyAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const trusted = [...compose.matchAll(/TRUST_PROXY:\s*(\S+)/g)].map((m) => m[1]);
    // app and api-2, both behind the proxy.
    expect(trusted).toEqual([proxyAddress, proxyAddress]);
    const upstreams = [...nginx.matchAll(/^\s*server\s+([\w-]+):3000;/gm)].map((m) => m[1]);
    expect(upstreams).toEqual(['app', 'api-2']);
  });
});
