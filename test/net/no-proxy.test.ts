import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bypassesProxy, proxyFor } from '../../src/net/no-proxy.js';

/** Whether NO_PROXY=`noProxy` sends `url` direct. */
function direct(noProxy: string, url: string): boolean {
  return proxyFor(new URL(url), { HTTPS_PROXY: 'http://proxy.corp:3128', HTTP_PROXY: 'http://proxy.corp:3128', NO_PROXY: noProxy }) === '';
}

describe('NO_PROXY', () => {
  it('matches a plain name exactly, case-insensitively, and not its subdomains', () => {
    assert.equal(direct('campaign.acme.example', 'https://campaign.acme.example/nl/jsp/soaprouter.jsp'), true);
    assert.equal(direct('Campaign.ACME.example', 'https://campaign.acme.example'), true);
    assert.equal(direct('acme.example', 'https://campaign.acme.example'), false);
    assert.equal(direct('campaign.acme.example', 'https://campaign.acme.example.evil'), false);
    assert.equal(direct('localhost', 'http://localhost:8080/'), true);
  });

  it('matches a .suffix or *.suffix on subdomains and the bare domain, never a longer name that merely ends alike', () => {
    for (const entry of ['.acme.example', '*.acme.example']) {
      assert.equal(direct(entry, 'https://campaign.acme.example'), true, entry);
      assert.equal(direct(entry, 'https://a.b.acme.example'), true, entry);
      assert.equal(direct(entry, 'https://acme.example'), true, entry);
      assert.equal(direct(entry, 'https://notacme.example'), false, entry);
    }
  });

  it('reads lists separated by commas and spaces, ignoring empty and unreadable entries', () => {
    const list = ' localhost, ,.internal  campaign.acme.example,[not-an-ip/99],10.0.0.0/99 ';
    assert.equal(direct(list, 'https://campaign.acme.example'), true);
    assert.equal(direct(list, 'https://x.internal'), true);
    assert.equal(direct(list, 'https://ims-na1.adobelogin.com'), false);
    assert.equal(direct('', 'https://campaign.acme.example'), false);
  });

  it("requires the port of an entry that has one to be the URL's effective port", () => {
    assert.equal(direct('campaign.acme.example:443', 'https://campaign.acme.example'), true);
    assert.equal(direct('campaign.acme.example:443', 'http://campaign.acme.example'), false);
    assert.equal(direct('campaign.acme.example:8443', 'https://campaign.acme.example:8443/'), true);
    assert.equal(direct('.acme.example:80', 'http://campaign.acme.example'), true);
    assert.equal(direct('.acme.example:80', 'https://campaign.acme.example'), false);
    assert.equal(direct('10.1.2.3:8080', 'http://10.1.2.3:8080'), true);
    assert.equal(direct('10.1.2.3:8080', 'http://10.1.2.3'), false);
    assert.equal(direct('[::1]:8443', 'https://[::1]:8443'), true);
    assert.equal(direct('[::1]:8443', 'https://[::1]'), false);
  });

  it('compares IPv4 and IPv6 entries as addresses, bracketed or not', () => {
    assert.equal(direct('127.0.0.1', 'http://127.0.0.1:9000'), true);
    assert.equal(direct('127.0.0.1', 'http://127.0.0.2'), false);
    assert.equal(direct('::1', 'https://[::1]/'), true);
    assert.equal(direct('[::1]', 'https://[::1]/'), true);
    assert.equal(direct('0:0:0:0:0:0:0:1', 'https://[::1]/'), true);
    assert.equal(direct('2001:db8::1', 'https://[2001:DB8:0::1]/'), true);
    assert.equal(direct('2001:db8::1', 'https://[2001:db8::2]/'), false);
  });

  it('matches CIDR ranges of both families, and never a name against an address entry', () => {
    assert.equal(direct('10.0.0.0/8', 'http://10.20.30.40'), true);
    assert.equal(direct('10.0.0.0/8', 'http://11.0.0.1'), false);
    assert.equal(direct('192.168.1.0/24', 'https://192.168.1.255'), true);
    assert.equal(direct('192.168.1.0/24', 'https://192.168.2.1'), false);
    assert.equal(direct('0.0.0.0/0', 'https://203.0.113.9'), true);
    assert.equal(direct('fd00::/8', 'https://[fd12:3456::1]'), true);
    assert.equal(direct('fd00::/8', 'https://[fe80::1]'), false);
    assert.equal(direct('[fd00::]/8', 'https://[fd12:3456::1]'), true);
    assert.equal(direct('10.0.0.0/8:8080', 'http://10.0.0.1:8080'), true);
    assert.equal(direct('10.0.0.0/8:8080', 'http://10.0.0.1'), false);
    // Names are not resolved: the proxy may be the only one that can.
    assert.equal(direct('127.0.0.0/8', 'http://localhost'), false);
    assert.equal(direct('10.0.0.0/8', 'https://10.example'), false);
    // Families meet only in IPv4-mapped IPv6 (::ffff:a.b.c.d), the same host; BlockList knows that.
    assert.equal(direct('10.0.0.0/8', 'http://[::ffff:10.0.0.1]'), true);
    assert.equal(direct('::ffff:0:0/96', 'http://10.0.0.1'), true);
    assert.equal(direct('fd00::/8', 'http://10.0.0.1'), false);
    assert.equal(direct('0.0.0.0/0', 'http://[::1]'), false);
  });

  it('sends everything direct for `*`, alone or in a list', () => {
    assert.equal(direct('*', 'https://ims-na1.adobelogin.com'), true);
    assert.equal(direct('localhost,*', 'https://ims-na1.adobelogin.com'), true);
    assert.equal(direct('*', 'http://10.0.0.1'), true);
  });

  it('picks the proxy by scheme, lower case first, falling back to all_proxy; a proxy without a scheme is http://', () => {
    const url = new URL('https://ims-na1.adobelogin.com/ims/token/v3');
    assert.equal(proxyFor(url, { https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2' }), 'http://lower:1');
    assert.equal(proxyFor(url, { HTTP_PROXY: 'http://plain:3' }), '');
    assert.equal(proxyFor(new URL('http://campaign.acme.example'), { HTTP_PROXY: 'http://plain:3' }), 'http://plain:3');
    assert.equal(proxyFor(url, { ALL_PROXY: 'proxy.corp:3128' }), 'http://proxy.corp:3128');
    assert.equal(proxyFor(url, { NO_PROXY: '*' }), '');
    assert.equal(proxyFor(url, {}), '');
  });

  it('bypassesProxy takes the URL form of a host name', () => {
    assert.equal(bypassesProxy('::1', '[::1]', 443), true);
    assert.equal(bypassesProxy('example.com', 'example.com.', 443), true);
    assert.equal(bypassesProxy('example.com.', 'example.com', 443), true);
  });
});
