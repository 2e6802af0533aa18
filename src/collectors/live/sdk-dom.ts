import type { DomUtilApi } from '@adobe/acc-js-sdk';

/** The parts of a jsdom document and window used here (the SDK's types do not declare them). */
interface JsdomDocument {
  documentElement: { namespaceURI: string | null } | null;
  defaultView: {
    DOMParser: new () => { parseFromString(text: string, type: 'text/xml'): JsdomDocument };
    XMLSerializer: new () => { serializeToString(node: JsdomDocument): string };
  } | null;
}

/** The root jsdom's DOMParser gives a document it could not parse (instead of throwing). */
const PARSER_ERROR_NS = 'http://www.mozilla.org/newlayout/xml/parsererror.xml';

const patched = new WeakSet<DomUtilApi>();

/**
 * Makes the SDK parse XML in one jsdom window. Its DomUtil.parse builds a whole browser window
 * (`new JSDOM(text)`) for every XML text: each SOAP request it writes and each answer, about 20
 * per instance read, some 50 ms of CPU and megabytes of garbage each; at a fleet's scale that, not
 * the network, was the floor. The window's DOMParser runs the same XML parser into the same kind of
 * document, and the document is serialised as JSDOM.serialize() did (its children, well-formedness
 * not required), so requests and answers are unchanged. Text that is not well-formed XML goes to
 * the SDK's own parse, which throws as it always did. Idempotent; a DomUtil without a jsdom
 * window behind it is left alone.
 */
export function parseInOneWindow(dom: DomUtilApi): void {
  if (patched.has(dom)) return;
  patched.add(dom);
  const own = dom.parse.bind(dom);
  const window = (own('<window/>') as unknown as JsdomDocument).defaultView;
  if (!window) return;
  const parser = new window.DOMParser();
  const serializer = new window.XMLSerializer();
  dom.parse = (text: string) => {
    if (typeof text !== 'string') return own(text);
    const document = parser.parseFromString(text, 'text/xml');
    if (document.documentElement?.namespaceURI === PARSER_ERROR_NS) return own(text);
    // DomUtil.toXMLString serialises a parsed document through this property (it held the JSDOM).
    Object.defineProperty(document, '__jsdom__', { value: { serialize: () => serializer.serializeToString(document) } });
    return document as unknown as ReturnType<DomUtilApi['parse']>;
  };
}
