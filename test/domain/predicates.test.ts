import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clientIdMiss, looselySameClientId, sameClientId } from '../../src/domain/client-ids.js';
import { imsHostKind, isImsEndpointHost, isImsFlowHost, sameImsHost } from '../../src/domain/ims-hosts.js';
import { allowingPattern, compilePatterns, isUnderRedirectUri, looseDots, patternFor, sentMatchesCallback } from '../../src/domain/redirect-uri.js';
import { campaignScopeItems, sameScopeSet, scopeNames, unprovisionedScopes } from '../../src/domain/scopes.js';

describe('one copy of each domain predicate', () => {
  it('redirect URIs: whole-string patterns, below a callback, loose dots, the pattern to ask for', () => {
    const patterns = [{ value: 'https://(broken' }, { value: 'https://campaign\\.acme\\.example(/.*)?' }];
    assert.equal(allowingPattern('https://campaign.acme.example/nl', patterns), patterns[1]);
    assert.equal(allowingPattern('https://campaign.acme.example.evil', patterns), undefined);
    assert.ok('error' in compilePatterns(patterns)[0]!);
    assert.equal(isUnderRedirectUri('https://campaign.acme.example/?code=1', 'https://campaign.acme.example'), true);
    assert.equal(isUnderRedirectUri('https://campaign.acme.example.evil', 'https://campaign.acme.example'), false);
    assert.equal(sentMatchesCallback('https://campaign.acme.example/nl/jsp/logon.jsp', 'https://campaign.acme.example/'), true);
    assert.equal(sentMatchesCallback('https://campaign.acme.example', 'https://campaign.acme.example/nl'), false);
    assert.deepEqual(looseDots('https://a.b\\.c[.]d.*'), [9]);
    assert.equal(patternFor('https://campaign.acme.example:8443/nl'), 'https://campaign\\.acme\\.example:8443(/.*)?');
  });

  it('scopes: as IMS reads them, as meant, Campaign items, subset with the nearest miss, as a set', () => {
    assert.deepEqual(scopeNames('openid AdobeID,read_pc'), ['openid', 'AdobeID', 'read_pc']);
    assert.deepEqual(scopeNames('openid;AdobeID'), ['openid;AdobeID']);
    assert.deepEqual(scopeNames('openid;AdobeID', 'meant'), ['openid', 'AdobeID']);
    assert.deepEqual(campaignScopeItems('openid, AdobeID'), ['openid', ' AdobeID']);
    assert.deepEqual(
      unprovisionedScopes(['openid', 'adobeid', 'read_organization', 'offline_access', 'offline_access'], ['openid', 'AdobeID', 'read_organizations']),
      [
        { name: 'adobeid', kind: 'case', provisioned: 'AdobeID' },
        { name: 'read_organization', kind: 'typo', provisioned: 'read_organizations', distance: 1 },
        { name: 'offline_access', kind: 'unknown' },
      ],
    );
    assert.equal(sameScopeSet(['a', 'b'], ['b', 'a', 'a']), true);
    assert.equal(sameScopeSet(['a', 'b'], ['a']), false);
  });

  it('client IDs: exact, with the near miss named, loosely for telling instances apart', () => {
    assert.equal(sameClientId('acme-campaign-prod', 'acme-campaign-prod '), false);
    assert.equal(clientIdMiss('acme-campaign-prod ', 'acme-campaign-prod'), 'edgeSpaces');
    assert.equal(clientIdMiss('someone-else', 'acme-campaign-prod'), null);
    assert.equal(looselySameClientId('acme-campaign-prod ', 'acme-campaign-prod'), true);
    assert.equal(looselySameClientId('ACME-campaign-prod', 'acme-campaign-prod'), false);
  });

  it('IMS hosts: production, stage, the login flow, the same host as DNS compares it', () => {
    assert.equal(imsHostKind('ADOBEID-NA1.services.adobe.com.'), 'production');
    assert.equal(isImsEndpointHost('ims-na1-stg1.adobelogin.com'), true);
    assert.equal(isImsEndpointHost('auth.services.adobe.com'), false);
    assert.equal(isImsFlowHost('auth.services.adobe.com'), true);
    assert.equal(isImsFlowHost('www.adobe.com'), false);
    assert.equal(sameImsHost('ims-na1.adobelogin.com', 'https://IMS-na1.adobelogin.com/'), true);
    assert.equal(sameImsHost('ims-na1.adobelogin.com', 'https://ims-na1-stg1.adobelogin.com'), false);
    assert.equal(sameImsHost('', ''), false);
  });
});
