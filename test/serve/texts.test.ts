import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageTexts, SERVE, serveText } from '../../src/i18n/serve.js';
import { langOfAcceptLanguage } from '../../src/serve/lang.js';
import { PeopleIndex } from '../../src/serve/people-index.js';
import { accessCsv } from '../../src/serve/downloads.js';
import { englishRuns } from '../i18n/english-leak.js';

describe('serve: texts, language, index, CSV', () => {
  it('every page text exists in both languages, the Korean without English', () => {
    const en = pageTexts('en');
    const ko = pageTexts('ko');
    assert.deepEqual(Object.keys(ko).sort(), Object.keys(en).sort());
    for (const [key, text] of Object.entries(ko)) {
      assert.notEqual(text, '', key);
      assert.notEqual(text, en[key as keyof typeof en], `${key} is translated`);
    }
    assert.deepEqual(englishRuns(Object.values(ko).join('\n')), []);
    assert.equal(ko.pageExplain, '사용자 로그인 설명');
  });

  it('refusals and terminal lines in Korean: values quoted at the end, no particle after them', () => {
    const refusals = [
      serveText('ko', { id: 'refusedHost', params: { host: 'attacker.example:80' } }),
      serveText('ko', { id: 'refusedOrigin', params: { origin: 'https://attacker.example' } }),
      serveText('ko', { id: 'refusedPath', params: { file: '../etc/passwd' } }),
      serveText('ko', { id: 'refusedSize', params: { limit: 32 << 20 } }),
      serveText('ko', { id: 'hostWarning', params: { host: '0.0.0.0' } }),
      serveText('ko', { id: 'sanitized', params: { values: 3, replaced: 7 } }),
    ];
    assert.equal(refusals[0], '거부됨: 요청한 주소가 이 서버의 주소가 아닙니다: "attacker.example:80"');
    assert.equal(refusals[3], '거부됨: 올릴 수 있는 파일 크기는 최대 32MB입니다.');
    assert.equal(refusals[5], '비밀 값 3개를 바꿨습니다 (7곳).');
    for (const text of refusals) assert.doesNotMatch(text, /"[^"]*"(은|는|을|를|이|가|으로|로)\b/);
    assert.deepEqual(englishRuns(refusals.join('\n')), []);
    assert.equal(serveText('en', { id: 'sanitized', params: { values: 1, replaced: 2 } }), '1 secret value replaced (2 places).');
    assert.ok(Object.keys(SERVE).length > 60);
  });

  it('takes the language from Accept-Language, by preference', () => {
    assert.equal(langOfAcceptLanguage('ko-KR,ko;q=0.9,en-US;q=0.8'), 'ko');
    assert.equal(langOfAcceptLanguage('en-US,en;q=0.9,ko;q=0.8'), 'en');
    assert.equal(langOfAcceptLanguage('fr-FR,ko;q=0.5'), 'ko');
    assert.equal(langOfAcceptLanguage('en;q=0.2,ko;q=0.7'), 'ko');
    assert.equal(langOfAcceptLanguage(undefined), 'en');
  });

  it('indexes people by email, username and name; suggests by prefix', () => {
    const plane = {
      source: 'users.csv',
      userCount: 3,
      profiles: [],
      users: [
        { email: 'Jane.Doe@acme.example', username: '', line: 2, profiles: [] },
        { email: 'jisoo.park@acme.example', username: 'jpark', line: 3, profiles: [] },
        { email: 'jane.doe@other.example', username: '', line: 4, profiles: [] },
      ],
    };
    const index = new PeopleIndex(plane, ['Jane Doe', '지수 박', 'Jane Doe']).build();
    assert.deepEqual(
      index.find('jane.doe@ACME.example').map((user) => user.line),
      [2],
    );
    assert.deepEqual(
      index.find('JPARK').map((user) => user.line),
      [3],
    );
    assert.deepEqual(
      index.suggest('jane').map((s) => s.line),
      [2, 4],
    );
    assert.deepEqual(
      index.suggest('박').map((s) => s.email),
      ['jisoo.park@acme.example'],
    );
    assert.deepEqual(
      index.suggest('doe').map((s) => s.line),
      [2, 4],
    );
    assert.deepEqual(index.suggest('zzz'), []);
  });

  it('writes access changes as CSV a spreadsheet cannot run', () => {
    const csv = accessCsv([{ person: '=cmd()', instance: 'prod', before: [], after: ['Admin, all'], gained: ['Admin, all'], lost: [] }]);
    assert.equal(csv, 'person,instance,before,after,gained,lost\r\n\'=cmd(),prod,,"Admin, all","Admin, all",\r\n');
  });
});
