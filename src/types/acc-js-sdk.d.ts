// @adobe/acc-js-sdk ships no type declarations: the part ims-doctor uses, typed loosely.
declare module '@adobe/acc-js-sdk' {
  /** A DOM element (jsdom) as the SDK returns it in the "xml" representation. */
  export interface SdkElement {
    nodeName: string;
    getAttribute(name: string): string | null;
    hasAttribute(name: string): boolean;
    attributes: { length: number; item(index: number): { name: string; value: string } | null };
    firstElementChild: SdkElement | null;
    nextElementSibling: SdkElement | null;
    textContent: string | null;
  }

  export interface TransportRequest {
    url: string;
    method?: string;
    headers?: Record<string, string>;
    data?: string;
  }
  export type Transport = (request: TransportRequest, options?: { timeout?: number; signal?: AbortSignal }) => Promise<string>;

  export interface ConnectionOptions {
    representation?: 'xml' | 'SimpleJson' | 'BadgerFish';
    transport?: Transport;
    noStorage?: boolean;
    timeout?: number;
    clientApp?: string;
    noSDKHeaders?: boolean;
    refreshClient?: (client: AccClient) => Promise<AccClient>;
  }

  export class ConnectionParameters {
    static ofUserAndPassword(endpoint: string, user: string, password: string, options?: ConnectionOptions): ConnectionParameters;
    static ofBearerToken(endpoint: string, token: string, options?: ConnectionOptions): ConnectionParameters;
    static ofAnonymousUser(endpoint: string, options?: ConnectionOptions): ConnectionParameters;
  }

  export class HttpError {
    constructor(statusCode: number, statusText?: string, data?: unknown);
    statusCode: number;
    statusText: string;
    data: unknown;
  }

  /** What the SDK throws: a SOAP fault, an HTTP error or a wrapped transport error (`cause`). */
  export interface CampaignException {
    name: 'CampaignException';
    message: string;
    statusCode: number;
    errorCode: string;
    faultCode: string | number;
    faultString: string;
    detail: string;
    cause?: unknown;
    methodCall?: { type: 'SOAP' | 'HTTP'; urn: string; methodName: string; url?: string };
  }

  export interface AccClient {
    logon(): Promise<void>;
    logoff(): Promise<void> | void;
    test(): Promise<SdkElement>;
    ping(): Promise<SdkElement>;
    getOption(name: string, useCache?: boolean): Promise<unknown>;
    getSysEnum(enumName: string, schemaId: string): Promise<SdkElement | undefined>;
    getSchema(schemaId: string, representation?: string, internal?: boolean): Promise<SdkElement | null>;
    getSessionInfo(representation?: string): SdkElement;
    isLogged(): boolean;
    application: { buildNumber: string; version?: string } | null;
    NLWS: {
      xml: {
        xtkQueryDef: { create(queryDef: SdkElement): { executeQuery(): Promise<SdkElement | null> } };
        /** xtk:persist#Write through xtk:session: the document's root names its schema (`xtkschema`). */
        xtkSession: { write(doc: SdkElement): Promise<void> };
      };
    };
  }

  export interface DomUtilApi {
    parse(xml: string): { documentElement: SdkElement };
    toXMLString(node: SdkElement): string;
  }

  export interface Sdk {
    init(parameters: ConnectionParameters): Promise<AccClient>;
    ConnectionParameters: typeof ConnectionParameters;
    HttpError: typeof HttpError;
    DomUtil: DomUtilApi;
    getSDKVersion(): { version: string; name: string };
  }

  const sdk: Sdk;
  export default sdk;
}
