import assert from 'node:assert/strict';
import { hostname, networkInterfaces } from 'node:os';
import { describe, it } from 'node:test';
import { Hono } from 'hono';
import { allowedHosts, guard, type Machine } from '../../src/serve/guard.js';

const PORT = 4173;
const TOKEN = 'guard-test-token';

/** A machine on a LAN, with an IPv6 link-local address and a host name in capitals. */
const LAN_MACHINE: Machine = {
  addresses: () => ['127.0.0.1', '::1', '192.168.1.20', 'fe80::1c2b:3aff:fe4d:5e6f'],
  hostname: () => 'Build-Box',
};

/** The guard in front of one route, as the server mounts it, answered without a socket. */
function guarded(host: string, machine: Machine) {
  const app = new Hono();
  app.use('*', guard({ hosts: () => allowedHosts(host, PORT, machine), token: TOKEN, cookie: () => 'ims_doctor_test' }));
  app.get('/api/state', (c) => c.text('ok'));
  return (hostHeader: string, headers: Record<string, string> = {}) =>
    app.request(`http://${hostHeader}/api/state`, { headers: { host: hostHeader, cookie: `ims_doctor_test=${TOKEN}`, ...headers } });
}

describe('serve: the Host guard', () => {
  it('bound to loopback: the address and localhost, nothing else', () => {
    assert.deepEqual([...allowedHosts('127.0.0.1', PORT, LAN_MACHINE)], [`127.0.0.1:${PORT}`, `localhost:${PORT}`]);
    assert.deepEqual([...allowedHosts('::1', PORT, LAN_MACHINE)], [`[::1]:${PORT}`, `localhost:${PORT}`]);
    assert.deepEqual([...allowedHosts('192.168.1.20', PORT, LAN_MACHINE)], [`192.168.1.20:${PORT}`]);
  });

  it('bound to 0.0.0.0 or ::, every own address, localhost and the host name (lower case, IPv6 in brackets)', () => {
    for (const wildcard of ['0.0.0.0', '::']) {
      const hosts = allowedHosts(wildcard, PORT, LAN_MACHINE);
      for (const name of ['127.0.0.1', '[::1]', '192.168.1.20', '[fe80::1c2b:3aff:fe4d:5e6f]', 'localhost', 'build-box']) {
        assert.ok(hosts.has(`${name}:${PORT}`), `${wildcard}: ${name}`);
      }
      assert.ok(!hosts.has(`attacker.example:${PORT}`));
      assert.ok(!hosts.has('192.168.1.20'), 'no port: only on port 80');
    }
  });

  it('on port 80 the browser leaves the port out of Host: both forms pass', () => {
    const hosts = allowedHosts('0.0.0.0', 80, LAN_MACHINE);
    assert.ok(hosts.has('192.168.1.20') && hosts.has('192.168.1.20:80') && hosts.has('localhost'));
  });

  it("reads this machine's interfaces and host name by default", () => {
    const hosts = allowedHosts('0.0.0.0', PORT);
    const own = Object.values(networkInterfaces())
      .flat()
      .flatMap((entry) => (entry ? [entry.address] : []));
    assert.ok(own.length > 0);
    for (const address of own) assert.ok(hosts.has(`${address.includes(':') ? `[${address}]` : address}:${PORT}`.toLowerCase()), address);
    assert.ok(hosts.has(`${hostname().toLowerCase()}:${PORT}`));
    assert.ok(hosts.has(`localhost:${PORT}`));
  });

  it('bound to 0.0.0.0: answers 127.0.0.1, localhost, a LAN address and the host name; refuses a rebound name with 421', async () => {
    const request = guarded('0.0.0.0', LAN_MACHINE);
    for (const name of ['127.0.0.1', 'localhost', '192.168.1.20', 'Build-Box', '[fe80::1c2b:3aff:fe4d:5e6f]', '0.0.0.0']) {
      const answer = await request(`${name}:${PORT}`);
      assert.equal(answer.status, 200, name);
      assert.equal(await answer.text(), 'ok');
    }
    for (const name of [`attacker.example:${PORT}`, `10.9.9.9:${PORT}`, `localhost:${PORT + 1}`, `build-box.attacker.example:${PORT}`]) {
      const answer = await request(name);
      assert.equal(answer.status, 421, name);
      assert.match(((await answer.json()) as { error: string }).error, new RegExp(name.split(':')[0]!.replace(/\./g, '\\.')));
    }
  });

  it('bound to 0.0.0.0: a page of one of its own addresses may post, a foreign origin may not', async () => {
    const request = guarded('0.0.0.0', LAN_MACHINE);
    assert.equal((await request(`192.168.1.20:${PORT}`, { origin: `http://192.168.1.20:${PORT}` })).status, 200);
    assert.equal((await request(`192.168.1.20:${PORT}`, { origin: 'https://attacker.example' })).status, 403);
  });

  it('bound to 127.0.0.1: a LAN address of the machine is refused (only loopback was asked for)', async () => {
    const request = guarded('127.0.0.1', LAN_MACHINE);
    assert.equal((await request(`127.0.0.1:${PORT}`)).status, 200);
    assert.equal((await request(`192.168.1.20:${PORT}`)).status, 421);
    assert.equal((await request(`build-box:${PORT}`)).status, 421);
  });
});
