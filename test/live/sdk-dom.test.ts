import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseInOneWindow } from '../../src/collectors/live/sdk-dom.js';

describe("the SDK's XML parsing in one jsdom window", () => {
  it('gives documents that read and serialise as the SDK’s own, and throws on text that is not XML as it did', async () => {
    const sdk = (await import('@adobe/acc-js-sdk')).default;
    const dom = sdk.DomUtil;
    const own = dom.parse.bind(dom);
    const texts = [
      `<?xml version='1.0' encoding='UTF-8'?><SOAP-ENV:Envelope xmlns:xsd='http://www.w3.org/2001/XMLSchema' xmlns:SOAP-ENV='http://schemas.xmlsoap.org/soap/envelope/'></SOAP-ENV:Envelope>`,
      `<queryDef schema="xtk:operator" operation="select"><select><node expr="[access/@authenticationType]"/></select><where><condition expr="@name = 'a&amp;b &lt;c&gt;'"/></where></queryDef>`,
      `<extAccount-collection><extAccount name="Adobe_Marketing_Cloud" label="é ü 한국어" clientSecret="@abc=="><![CDATA[x < y]]><!-- note --></extAccount></extAccount-collection>`,
    ];
    const before = texts.map((text) => dom.toXMLString(own(text) as never));
    const malformed = (parse: (text: string) => unknown): string => {
      try {
        parse('<SOAP-ENV:Envelope><unclosed></SOAP-ENV:Envelope>');
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    const ownError = malformed(own);
    assert.notEqual(ownError, 'no error');

    parseInOneWindow(dom);
    parseInOneWindow(dom); // idempotent
    assert.deepEqual(
      texts.map((text) => dom.toXMLString(dom.parse(text) as never)),
      before,
    );
    const account = dom.parse(texts[2]!).documentElement.firstElementChild!;
    assert.equal(account.getAttribute('label'), 'é ü 한국어');
    assert.equal(account.textContent, 'x < y');
    assert.equal(
      malformed((text) => dom.parse(text)),
      ownError,
    );
  });
});
