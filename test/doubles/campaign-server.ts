import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { parseXml, type XmlElement } from '../../src/inputs/xml-document.js';

/**
 * A Campaign Classic instance for tests: serves a workspace's package export the way a real
 * instance answers Adobe's SDK (SOAP router, /r/test, /nl/jsp/ping.jsp), with faults carrying
 * XSV codes, and misbehaves on demand. Listens on 127.0.0.1 with an ephemeral port.
 */

export type FaultKind =
  /** Wait `delayMs` before answering. */
  | 'slow'
  /** A complete HTTP answer whose XML stops half-way. */
  | 'truncated'
  /** Drop the connection half-way through the body. */
  | 'cut'
  /** HTTP 500 with an HTML error page. */
  | 'html500'
  /** 302 to the same URL, for ever. */
  | 'redirect-loop'
  /** Answer, then stop listening: the server goes down mid-run. */
  | 'down-after'
  /** ExecuteQuery: one record more than asked for (lineCount ignored). */
  | 'flood'
  /** ExecuteQuery: always a full page (the same records again), for ever. */
  | 'endless'
  /** Write: a SOAP fault, nothing written. */
  | 'refuse'
  /** Write: accepted, but the first attribute is stored as `value` (a server that alters what it is sent). */
  | 'misapply';

export interface Fault {
  kind: FaultKind;
  /**
   * `Logon`, `BearerTokenLogon`, `ExecuteQuery`, `GetEntityIfMoreRecent`, `Write`, `Logoff`, `/r/test`, or `*`.
   * On `Write`, `cut` and `down-after` act after the record is written (the connection is cut after the write).
   */
  on: string;
  delayMs?: number;
  /** `misapply`: what the server stores instead (default `altered-by-the-server`). */
  value?: string;
  /** Only for this many requests (default: all). */
  times?: number;
  /** Let this many matching requests through first. */
  skip?: number;
}

export interface CampaignDoubleOptions {
  /** The package export (xtk:navtree) holding the instance's records. */
  packageFile: string;
  /** Operators that may log on with a password. */
  users?: { login: string; password: string }[];
  /** IMS bearer tokens BearerTokenLogon accepts. */
  bearerTokens?: string[];
  /** Overrides the package's buildNumber. */
  buildNumber?: string;
  /**
   * The server's version as serverInfo's majNumber.minNumber.servicePack (`8.6.1`). Default `6.7.0`:
   * what the SDK's recorded v7 answer (test/mock.js, release 20.3) carries; a v7 server does not answer 7.x.
   */
  serverVersion?: string;
  /** The value of the MAC kind in the type enumeration [I: not published]. */
  macTypeValue?: string;
  /** Whether nms:extAccount has the productContext attribute (it exists on some builds only). */
  productContextField?: boolean;
  /** Serve https with this key and certificate. */
  tls?: { key: string; cert: string };
  faults?: Fault[];
  /**
   * The encrypted client secrets the server holds, by account name, for accounts whose package leaves
   * the secret out (as every real export does). Default: an `@…` value for each account with an IMS server.
   */
  storedSecrets?: Record<string, string>;
  /** Extra routes (the web login double plugs in here); return true when handled. */
  extraRoutes?: (req: IncomingMessage, res: ServerResponse, body: string) => Promise<boolean> | boolean;
}

interface Row {
  /** Attribute values by relative XPath (`@name`, `access/@authenticationType`, `operator/@name`). */
  get(xpath: string): string | undefined;
}

const NS = `xmlns:xsd='http://www.w3.org/2001/XMLSchema' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' xmlns:SOAP-ENV='http://schemas.xmlsoap.org/soap/envelope/'`;
const LITERAL = `SOAP-ENV:encodingStyle='http://xml.apache.org/xml-soap/literalxml'`;

export class CampaignDouble {
  readonly requests: { method: string; soapAction: string; path: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
  private server!: http.Server;
  private readonly sockets = new Set<Socket>();
  private readonly sessions = new Map<string, { securityToken: string; login: string }>();
  private root: XmlElement;
  private readonly buildNumber: string;
  /** Requests being answered now, and the most at once: how a fleet's per-host limit is observed. */
  inFlight = 0;
  maxInFlight = 0;
  url = '';
  port = 0;

  constructor(readonly options: CampaignDoubleOptions) {
    this.root = parseXml(options.packageFile, readFileSync(options.packageFile, 'latin1'));
    this.buildNumber = options.buildNumber ?? this.root.attributes.get('buildNumber')?.value ?? '9381';
  }

  /** Back to the records of the package, no fault, no request seen: one double serves several tests. */
  reset(): void {
    this.root = parseXml(this.options.packageFile, readFileSync(this.options.packageFile, 'latin1'));
    this.options.faults = [];
    this.requests.length = 0;
  }

  static async start(options: CampaignDoubleOptions): Promise<CampaignDouble> {
    const double = new CampaignDouble(options);
    await double.listen();
    return double;
  }

  private async listen(): Promise<void> {
    const handler = (req: IncomingMessage, res: ServerResponse): void => {
      this.maxInFlight = Math.max(this.maxInFlight, ++this.inFlight);
      res.on('close', () => this.inFlight--);
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        this.handle(req, res, Buffer.concat(chunks).toString('utf8')).catch((error: unknown) => {
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(error));
        });
      });
    };
    this.server = this.options.tls ? https.createServer({ key: this.options.tls.key, cert: this.options.tls.cert }, handler) : http.createServer(handler);
    this.server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    this.server.on('tlsClientError', () => {});
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    this.url = `${this.options.tls ? 'https' : 'http'}://127.0.0.1:${this.port}`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Lets the process end while the double still listens (the bench runner). */
  unref(): void {
    this.server.unref();
  }

  /** The SOAP methods called, in order (`xtk:session#Logon`, …). */
  get soapCalls(): string[] {
    return this.requests.filter((request) => request.soapAction).map((request) => request.soapAction);
  }

  /** A paging fault is looked up without being used up (it shapes every page). */
  private floods(kind: 'flood' | 'endless'): boolean {
    return this.options.faults?.some((entry) => entry.kind === kind && entry.on === 'ExecuteQuery') ?? false;
  }

  private fault(on: string): Fault | undefined {
    const fault = this.options.faults?.find((entry) => (entry.on === on || entry.on === '*') && (entry.times === undefined || entry.times > 0));
    if (fault?.skip) {
      fault.skip--;
      return undefined;
    }
    if (fault && fault.times !== undefined) fault.times--;
    return fault;
  }

  private async handle(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://double');
    const soapAction = String(req.headers.soapaction ?? '');
    this.requests.push({ method: req.method ?? 'GET', soapAction, path: url.pathname, headers: req.headers, body });
    if (this.options.extraRoutes && (await this.options.extraRoutes(req, res, body))) return;

    const methodName = soapAction.split('#')[1] ?? '';
    const fault = this.fault(url.pathname === '/nl/jsp/soaprouter.jsp' ? methodName : url.pathname);
    if (fault?.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 1000));
    if (fault?.kind === 'html500') {
      res.writeHead(500, { 'content-type': 'text/html' });
      res.end(
        '<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1><p>Apache Tomcat</p></body></html>',
      );
      return;
    }
    if (fault?.kind === 'redirect-loop') {
      res.writeHead(302, { location: req.url ?? '/' });
      res.end();
      return;
    }

    let status = 200;
    let contentType = 'text/xml;charset=utf-8';
    let answer: string;
    if (url.pathname === '/r/test') {
      answer = `<redir status='OK' date='2026-10-02 09:12:44.120Z' build='${this.buildNumber}' sha1='cc45440' instance='acme_mkt_prod1' sourceIP='127.0.0.1' host='${req.headers.host ?? ''}' localHost='acme-mkt-prod1-1'/>`;
    } else if (url.pathname === '/nl/jsp/ping.jsp') {
      contentType = 'text/plain;charset=utf-8';
      answer = `OK\n${new Date().toISOString().replace('T', ' ')}\n`;
    } else if (url.pathname === '/nl/jsp/soaprouter.jsp' && req.method === 'POST') {
      const result = this.soap(methodName, req, body, fault);
      status = result.status;
      answer = result.body;
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><head><title>404 Not Found</title></head><body>Not found</body></html>');
      return;
    }

    if (fault?.kind === 'truncated') answer = answer.slice(0, Math.floor(answer.length / 2));
    if (fault?.kind === 'cut') {
      res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(answer) });
      res.write(answer.slice(0, Math.floor(answer.length / 2)));
      setTimeout(() => res.socket?.destroy(), 10);
      return;
    }
    res.writeHead(status, { 'content-type': contentType });
    res.end(answer);
    if (fault?.kind === 'down-after') {
      // Stop listening and drop every connection, as a crashed server would.
      setImmediate(() => void this.close());
    }
  }

  private soap(methodName: string, req: IncomingMessage, body: string, fault?: Fault): { status: number; body: string } {
    let envelope: XmlElement;
    try {
      envelope = parseXml('request', body);
    } catch {
      return soapFault('SOAP-ENV:Client', 'XSV-350011 Malformed SOAP request.');
    }
    const method = envelope.children.find((child) => localName(child.name) === 'Body')?.children[0];
    if (!method) return soapFault('SOAP-ENV:Client', 'XSV-350011 Malformed SOAP request.');
    const param = (name: string): XmlElement | undefined => method.children.find((child) => child.name === name);
    const text = (name: string): string => (param(name) ? textIn(body, name) : '');

    if (methodName === 'Logon' || methodName === 'BearerTokenLogon') {
      let login: string | undefined;
      if (methodName === 'Logon') {
        const user = (this.options.users ?? []).find((entry) => entry.login === text('login') && entry.password === text('password'));
        // [I] The code Campaign gives a refused logon is not published; the double uses one XSV code.
        if (!user) return soapFault('SOAP-ENV:Server', `XSV-350022 Unable to log on: invalid login or password for '${text('login')}'.`);
        login = user.login;
      } else {
        if (!(this.options.bearerTokens ?? []).includes(text('bearerToken')))
          return soapFault('SOAP-ENV:Server', 'XSV-350022 Unable to log on: the IMS bearer token is invalid or expired.');
        login = 'ims-technical-operator';
      }
      const sessionToken = `___${randomUUID()}`;
      const securityToken = `@${randomUUID()}==`;
      this.sessions.set(sessionToken, { securityToken, login });
      const [major = '6', minor = '7', pack = '0'] = (this.options.serverVersion ?? '6.7.0').split('.');
      return soapAnswer(
        methodName,
        'urn:xtk:session',
        `<pstrSessionToken xsi:type='xsd:string'>${sessionToken}</pstrSessionToken>` +
          `<pSessionInfo xsi:type='ns:Element' ${LITERAL}><sessionInfo>` +
          `<serverInfo advisedClientBuildNumber="0" allowSQL="false" buildNumber="${this.buildNumber}" commitId="f5f3ec3" databaseId="u0000" defaultNameSpace="cus" fohVersion="2" instanceName="acme_mkt_prod1" majNumber="${major}" minClientBuildNumber="8969" minNumber="${minor}" minNumberTechnical="0" releaseName="24.1" securityTimeOut="86400" serverDate="${new Date().toISOString()}" servicePack="${pack}" sessionTimeOut="86400" useVault="false"/>` +
          `<userInfo datakitInDatabase="true" homeDir="" instanceLocale="en" locale="en" login="${escapeXml(login)}" loginCS="${escapeXml(login)}" loginId="1059" noConsoleCnx="false" orgUnitId="0" theme="" timezone="Europe/Paris"><login-group id="1060"/><login-right right="admin"/><installed-package name="campaign" namespace="nms"/><installed-package name="core" namespace="nms"/></userInfo>` +
          `</sessionInfo></pSessionInfo>` +
          `<pstrSecurityToken xsi:type='xsd:string'>${securityToken}</pstrSecurityToken>`,
      );
    }

    // Every other call needs a live session.
    const sessionToken = String(req.headers['x-session-token'] ?? '') || /__sessiontoken=([^;]+)/.exec(String(req.headers.cookie ?? ''))?.[1] || '';
    const session = this.sessions.get(sessionToken);
    if (!session || session.securityToken !== String(req.headers['x-security-token'] ?? '')) {
      return soapFault('SOAP-ENV:Client', 'XSV-350008 Session has expired or is invalid. Please reconnect.');
    }

    switch (methodName) {
      case 'Logoff':
        this.sessions.delete(sessionToken);
        return soapAnswer('Logoff', 'urn:xtk:session', '');
      case 'GetEntityIfMoreRecent': {
        const [, schemaId] = text('pk').split('|');
        const schema = this.schema(schemaId ?? '');
        return soapAnswer('GetEntityIfMoreRecent', 'urn:wpp:default', `<pdomDoc xsi:type='ns:Element' ${LITERAL}>${schema ?? ''}</pdomDoc>`);
      }
      case 'GetOption': {
        const value = text('name') === 'NmsServer_LastPostUpgrade' ? this.buildNumber : '';
        return soapAnswer(
          'GetOption',
          'urn:xtk:session',
          `<pstrValue xsi:type='xsd:string'>${value}</pstrValue><pbtType xsi:type='xsd:byte'>${value ? 6 : 0}</pbtType>`,
        );
      }
      case 'Write': {
        // [I] The code Campaign gives a refused write is not published; the double uses one XSV code.
        if (fault?.kind === 'refuse')
          return soapFault('SOAP-ENV:Server', "SOP-330011 Error while executing the method 'Write' of service 'xtk:persist'. XSV-350122 The record is locked.");
        const doc = method.children.find((child) => child.name === 'doc')?.children[0];
        if (!doc) return soapFault('SOAP-ENV:Client', "SOP-330011 Error while executing the method 'Write' of service 'xtk:persist'.");
        return this.write(doc, fault?.kind === 'misapply' ? (fault.value ?? 'altered-by-the-server') : undefined);
      }
      case 'ExecuteQuery': {
        // The SDK writes the object of a non-static call first (named "document"), after the session token.
        const queryDef = method.children.map((child) => child.children[0]).find((child) => child?.name === 'queryDef');
        if (!queryDef) return soapFault('SOAP-ENV:Client', "SOP-330011 Error while executing the method 'ExecuteQuery' of service 'xtk:queryDef'.");
        return this.executeQuery(queryDef);
      }
      default:
        return soapFault('SOAP-ENV:Client', `SOP-330006 The method '${methodName}' is not defined in this double.`);
    }
  }

  private accountAttributes(): string[] {
    const base = [
      'name',
      'label',
      'type',
      'active',
      'imsServer',
      'clientId',
      'clientSecret',
      'callbackServer',
      'imsOrgId',
      'imsRightsMask',
      'userScope',
      'server',
      'tenant',
      'lastModified',
    ];
    return this.productContextField() ? [...base, 'productContext'] : base;
  }

  private productContextField(): boolean {
    return this.options.productContextField ?? this.records('nms:extAccount').some((record) => record.attributes.has('productContext'));
  }

  private schema(schemaId: string): string | undefined {
    switch (schemaId) {
      case 'xtk:session':
        return (
          // As the SDK's recorded schema (test/mock.js): Write comes from the xtk:persist interface.
          `<schema namespace="xtk" name="session" implements="xtk:persist"><interface name="persist">` +
          `<method name="Write" static="true"><parameters><param name="doc" type="DOMDocument"/></parameters></method>` +
          `</interface><element name="session"/><element name="userInfo"/><methods>` +
          `<method name="GetOption" static="true"><parameters><param name="name" type="string"/><param inout="out" name="value" type="string"/><param inout="out" name="type" type="byte"/></parameters></method>` +
          `<method name="GetUserInfo" static="true"><parameters><param name="userInfo" type="sessionUserInfo" inout="out"/></parameters></method>` +
          `</methods></schema>`
        );
      case 'xtk:queryDef':
        return (
          `<schema namespace="xtk" name="queryDef"><element name="queryDef"/><methods>` +
          `<method const="true" name="ExecuteQuery"><parameters><param desc="Output XML document" inout="out" name="output" type="DOMDocument"/></parameters></method>` +
          `</methods></schema>`
        );
      case 'nms:extAccount': {
        const mac = this.options.macTypeValue ?? '14';
        const values: [string, string, string][] = [
          ['bounce', 'Bounce mails', '0'],
          ['routing', 'Routing', '3'],
          ['fda', 'External database', '7'],
          ['execInstance', 'Execution instance', '11'],
          ['aem', 'Adobe Experience Manager', '12'],
          ['mac', 'Adobe Experience Cloud (MAC)', mac],
          ['hdfs', 'Hadoop (HDFS)', '17'],
        ];
        return (
          `<schema namespace="nms" name="extAccount" label="External accounts">` +
          `<enumeration name="type" basetype="byte">${values.map(([name, label, value]) => `<value name="${name}" label="${escapeXml(label)}" value="${value}"/>`).join('')}</enumeration>` +
          `<element name="extAccount" label="External accounts">${this.accountAttributes()
            .map((name) => `<attribute name="${name}"/>`)
            .join('')}</element>` +
          `</schema>`
        );
      }
      default:
        return undefined;
    }
  }

  records(schemaId: string): XmlElement[] {
    const out: XmlElement[] = [];
    for (const entities of this.root.children.filter((child) => child.name === 'entities' && child.attributes.get('schema')?.value === schemaId)) {
      out.push(...entities.children.filter((record) => record.attributes.get('_operation')?.value !== 'delete'));
    }
    return out;
  }

  /** The attributes of one account as the double holds them now (tests compare them with the original). */
  account(name: string): Record<string, string> | undefined {
    const record = this.records('nms:extAccount').find((element) => element.attributes.get('name')?.value === name);
    return record ? Object.fromEntries([...record.attributes].map(([key, attribute]) => [key, attribute.value])) : undefined;
  }

  /**
   * xtk:session#Write of an `nms:extAccount` update keyed by name, as the SDK sends it: only the
   * attributes given change, and Campaign stamps lastModified. `misapplied` replaces the first.
   */
  private write(doc: XmlElement, misapplied: string | undefined): { status: number; body: string } {
    const get = (name: string): string | undefined => doc.attributes.get(name)?.value;
    if (get('xtkschema') !== 'nms:extAccount' || doc.name !== 'extAccount')
      return soapFault('SOAP-ENV:Client', `SOP-330006 The double writes nms:extAccount only, not '${get('xtkschema') ?? doc.name}'.`);
    if (get('_operation') !== 'update' || get('_key') !== '@name')
      return soapFault('SOAP-ENV:Client', `SOP-330006 The double writes updates keyed by @name only.`);
    const record = this.records('nms:extAccount').find((element) => element.attributes.get('name')?.value === get('name'));
    if (!record) return soapFault('SOAP-ENV:Server', `XSV-350004 The record '${get('name') ?? ''}' of schema 'nms:extAccount' does not exist.`);
    const known = this.accountAttributes();
    const changes = [...doc.attributes].filter(([key]) => !['xtkschema', '_operation', '_key', 'name'].includes(key));
    const unknown = changes.find(([key]) => !known.includes(key));
    if (unknown) return soapFault('SOAP-ENV:Server', `XTK-170036 The attribute '${unknown[0]}' does not exist in schema 'nms:extAccount'.`);
    changes.forEach(([key, attribute], index) => {
      const value = index === 0 && misapplied !== undefined ? misapplied : attribute.value;
      // An empty value is the default, which exports and queries leave out.
      if (value === '') record.attributes.delete(key);
      else record.attributes.set(key, { ...attribute, value });
    });
    record.attributes.set('lastModified', { value: new Date().toISOString().replace('T', ' '), line: 0, column: 0 });
    return soapAnswer('Write', 'urn:wpp:default', '');
  }

  private rows(schemaId: string): Row[] | undefined {
    const fromElement = (element: XmlElement): Row => ({ get: (xpath) => valueAt(element, xpath) });
    switch (schemaId) {
      case 'nms:extAccount':
        // The server holds the secret the export left out, and a query returns it encrypted.
        return this.records(schemaId).map((element) => ({
          get: (xpath) => {
            const value = valueAt(element, xpath);
            if (xpath !== '@clientSecret' || value !== undefined || !element.attributes.has('imsServer')) return value;
            const name = element.attributes.get('name')?.value ?? '';
            return this.options.storedSecrets?.[name] ?? `@${Buffer.from(`stored-secret-of-${name}`).toString('base64')}`;
          },
        }));
      case 'xtk:group':
      case 'xtk:operator':
        return this.records(schemaId).map(fromElement);
      case 'xtk:operatorGroup': {
        const rows: Row[] = [];
        for (const operator of this.records('xtk:operator')) {
          for (const group of descendantsNamed(operator, 'group')) {
            const values: Record<string, string> = {
              'operator/@name': operator.attributes.get('name')?.value ?? '',
              'operator/access/@authenticationType': valueAt(operator, 'access/@authenticationType') ?? '',
              'group/@name': group.attributes.get('name')?.value ?? '',
            };
            rows.push({ get: (xpath) => values[xpath] });
          }
        }
        return rows;
      }
      default:
        return undefined;
    }
  }

  private executeQuery(queryDef: XmlElement): { status: number; body: string } {
    const schemaId = queryDef.attributes.get('schema')?.value ?? '';
    const rows = this.rows(schemaId);
    if (!rows)
      return soapFault(
        'SOAP-ENV:Server',
        `SOP-330011 Error while executing the method 'ExecuteQuery' of service 'xtk:queryDef'. XSV-350027 The schema '${schemaId}' does not exist.`,
      );
    const select = descendantsNamed(queryDef.children.find((child) => child.name === 'select') ?? queryDef, 'node').map((node) =>
      unbracket(node.attributes.get('expr')?.value ?? ''),
    );
    if (schemaId === 'nms:extAccount') {
      const known = this.accountAttributes();
      const unknown = select.find((xpath) => !known.includes(xpath.replace(/^@/, '')));
      if (unknown)
        return soapFault('SOAP-ENV:Server', `XTK-170036 Unable to parse expression '${unknown}': the attribute does not exist in schema 'nms:extAccount'.`);
    }
    const conditions = descendantsNamed(queryDef.children.find((child) => child.name === 'where') ?? ({ children: [] } as unknown as XmlElement), 'condition')
      .map((condition) => /^\s*(\[[^\]]+\]|@\w+)\s*=\s*'([^']*)'\s*$/.exec(condition.attributes.get('expr')?.value ?? ''))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => ({ xpath: unbracket(match[1]!), value: match[2]! }));
    let matching = rows.filter((row) => conditions.every((condition) => (row.get(condition.xpath) ?? '') === condition.value));
    const orderBy = unbracket(
      descendantsNamed(queryDef.children.find((child) => child.name === 'orderBy') ?? ({ children: [] } as unknown as XmlElement), 'node')[0]?.attributes.get(
        'expr',
      )?.value ?? '',
    );
    if (orderBy) matching = [...matching].sort((a, b) => (a.get(orderBy) ?? '').localeCompare(b.get(orderBy) ?? ''));
    const start = Number(queryDef.attributes.get('startLine')?.value ?? 0);
    const count = Number(queryDef.attributes.get('lineCount')?.value ?? 10000);
    const page = this.floods('flood') ? cycle(matching, count + 1) : this.floods('endless') ? cycle(matching, count) : matching.slice(start, start + count);
    const name = schemaId.split(':')[1]!;
    const xml = page
      .map((row) =>
        rowXml(
          name,
          select.map((xpath) => [xpath, row.get(xpath)] as [string, string | undefined]),
        ),
      )
      .join('');
    return soapAnswer(
      'ExecuteQuery',
      'urn:xtk:queryDef',
      `<pdomOutput xsi:type='ns:Element' ${LITERAL}><${name}-collection>${xml}</${name}-collection></pdomOutput>`,
    );
  }
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** The text of a simple parameter element (the XML tree keeps no text). */
function textIn(body: string, name: string): string {
  const match = new RegExp(`<${name}\\b[^>]*>([^<]*)</${name}>`).exec(body);
  const raw = match?.[1] ?? '';
  return raw
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function unbracket(expr: string): string {
  return expr.replace(/^\[|\]$/g, '');
}

function descendantsNamed(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) {
    if (child.name === name) out.push(child);
    out.push(...descendantsNamed(child, name));
  }
  return out;
}

/** `@a`, `child/@a`: the attribute, or undefined when absent (queries leave default values out, like exports). */
function valueAt(element: XmlElement, xpath: string): string | undefined {
  const steps = xpath.split('/');
  const attribute = steps.pop()!.replace(/^@/, '');
  let current: XmlElement | undefined = element;
  for (const step of steps) current = current?.children.find((child) => child.name === step);
  return current?.attributes.get(attribute)?.value;
}

/** A result row: attributes of the record, nested elements for paths through links. */
function rowXml(name: string, values: [string, string | undefined][]): string {
  const own: string[] = [];
  const nested = new Map<string, [string, string | undefined][]>();
  for (const [xpath, value] of values) {
    const slash = xpath.indexOf('/');
    if (slash === -1) {
      if (value !== undefined && value !== '') own.push(`${xpath.replace(/^@/, '')}="${escapeXml(value)}"`);
    } else {
      const head = xpath.slice(0, slash);
      nested.set(head, [...(nested.get(head) ?? []), [xpath.slice(slash + 1), value]]);
    }
  }
  const inner = [...nested].map(([child, childValues]) => rowXml(child, childValues)).join('');
  return `<${name}${own.length ? ' ' + own.join(' ') : ''}${inner ? `>${inner}</${name}>` : '/>'}`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function soapAnswer(method: string, urn: string, content: string): { status: number; body: string } {
  return {
    status: 200,
    body: `<?xml version='1.0'?><SOAP-ENV:Envelope ${NS} xmlns:ns='${urn}'><SOAP-ENV:Body><${method}Response xmlns='${urn}' SOAP-ENV:encodingStyle='http://schemas.xmlsoap.org/soap/encoding/'>${content}</${method}Response></SOAP-ENV:Body></SOAP-ENV:Envelope>`,
  };
}

function soapFault(code: string, message: string): { status: number; body: string } {
  return {
    status: 500,
    body: `<?xml version='1.0'?><SOAP-ENV:Envelope ${NS}><SOAP-ENV:Body><SOAP-ENV:Fault><faultcode>${code}</faultcode><faultstring xsi:type="xsd:string">${escapeXml(message)}</faultstring><detail xsi:type="xsd:string"></detail></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>`,
  };
}

/** `count` rows taken round and round from `rows` (none when there are none). */
function cycle<T>(rows: readonly T[], count: number): T[] {
  return rows.length === 0 ? [] : Array.from({ length: count }, (_, i) => rows[i % rows.length]!);
}
