import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCampaignDate } from '../../src/domain/dates.js';
import { nearMiss } from '../../src/domain/near-miss.js';
import { imsHostKind } from '../../src/domain/ims-hosts.js';
import { hostMatchesDnsSuffix, hostOf, splitUrl, wholeStringRegex } from '../../src/domain/urls.js';

describe('domain helpers of the IMS rules', () => {
  it('splits a URL as written, keeping what WHATWG URL would normalise away', () => {
    assert.deepEqual(splitUrl('HTTPS://IMS-na1.adobelogin.com.:443/'), {
      scheme: 'HTTPS',
      userinfo: undefined,
      host: 'IMS-na1.adobelogin.com.',
      port: '443',
      path: '/',
      query: undefined,
      fragment: undefined,
    });
    assert.deepEqual(splitUrl('ims-na1.adobelogin.com/ims?x#y'), {
      scheme: undefined,
      userinfo: undefined,
      host: 'ims-na1.adobelogin.com',
      port: undefined,
      path: '/ims',
      query: 'x',
      fragment: 'y',
    });
    assert.equal(hostOf(' https://Adobeid-NA1.services.adobe.com./ '), 'adobeid-na1.services.adobe.com');
  });

  it('classifies IMS hosts', () => {
    assert.equal(imsHostKind('IMS-NA1.adobelogin.com.'), 'production');
    assert.equal(imsHostKind('ims-na1-stg1.adobelogin.com'), 'stage');
    assert.equal(imsHostKind('adobelogin.com'), 'other');
  });

  it('matches DNS suffixes on label boundaries', () => {
    assert.equal(hostMatchesDnsSuffix('ims-na1.adobelogin.com', 'adobelogin.com'), true);
    assert.equal(hostMatchesDnsSuffix('ims-na1.adobelogin.com', '.adobelogin.com'), true);
    assert.equal(hostMatchesDnsSuffix('ims-na1.adobelogin.com', 'login.com'), false);
    assert.equal(hostMatchesDnsSuffix('ims-na1.adobelogin.com', ''), false);
  });

  it('compiles whole-string regexes or says why not', () => {
    const compiled = wholeStringRegex('https://.*|http://x');
    assert.ok('regex' in compiled && compiled.regex.test('https://a') && !compiled.regex.test('xhttp://x'));
    assert.ok('error' in wholeStringRegex('https://(.*'));
  });

  it('reads Campaign and ISO dates, rejecting impossible ones', () => {
    assert.deepEqual(parseCampaignDate('2026-10-02 09:10:03.000Z'), { ms: Date.UTC(2026, 9, 2, 9, 10, 3), zoned: true });
    assert.deepEqual(parseCampaignDate('2026-10-02T18:10:03+09:00'), { ms: Date.UTC(2026, 9, 2, 9, 10, 3), zoned: true });
    assert.deepEqual(parseCampaignDate('2026-10-02 09:10'), { ms: Date.UTC(2026, 9, 2, 9, 10), zoned: false });
    assert.deepEqual(parseCampaignDate('2026-10-02 09:10', true), { ms: Date.UTC(2026, 9, 2, 9, 10), zoned: true });
    for (const bad of ['2026-02-30 10:00:00Z', '2026-10-02', 'yesterday', '2026-10-02T25:00:00Z', '2026-10-02T10:00:00+15:00']) {
      assert.equal(parseCampaignDate(bad), undefined, bad);
    }
  });

  it('names near misses', () => {
    assert.equal(nearMiss('abc-def ', 'abc-def'), 'edgeSpaces');
    assert.equal(nearMiss('abc -def', 'abc-def'), 'spaces');
    assert.equal(nearMiss('ABC-def', 'abc-def'), 'case');
    assert.equal(nearMiss(' ABC-def', 'abc-def'), 'spacesAndCase');
    assert.equal(nearMiss('dma_campaign_클래식', 'dma_campaign_classic'), 'translated');
    assert.equal(nearMiss('dma_campaing_classic', 'dma_campaign_classic'), 'typo');
    assert.equal(nearMiss('acs', 'dma_campaign_classic'), undefined);
    assert.equal(nearMiss('same', 'same'), undefined);
  });
});
