import type { IncomingMessage, ServerResponse } from 'node:http';
import { compileMask, matchProfile } from '../../src/domain/association-mask.js';
import { MAC_ACCOUNT_NAME, NO_MATCHING_RIGHT_MESSAGE, PRODUCT_CONTEXT_DEFAULT } from '../../src/domain/facts.js';
import type { XmlElement } from '../../src/inputs/xml-document.js';
import { httpRequest } from '../../src/net/http.js';
import type { NetOptions } from '../../src/net/options.js';
import { escapeHtml } from './ims-server.js';

/**
 * The web login of the Campaign double: "Connect with an Adobe ID" sends the browser to IMS with
 * the external account's client ID, scope and callback; the callback exchanges the code (server to
 * server), reads the profile's product profiles for the product context and organization, maps
 * them to operator groups through the association mask, and shows the welcome page or Campaign's
 * error message.
 */
export interface WebLoginOptions {
  /** The records of the served package (the double's). */
  records(schemaId: string): XmlElement[];
  /** The clear client secret Campaign decrypts its stored one to. */
  clientSecret: string;
  /** How the server reaches IMS (its CA, where the IMS name points). */
  net: NetOptions;
}

export function webLoginRoutes(options: WebLoginOptions): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const account = (): Record<string, string> => {
    const record = options.records('nms:extAccount').find((entry) => entry.attributes.get('name')?.value === MAC_ACCOUNT_NAME);
    const values: Record<string, string> = {};
    for (const [name, attribute] of record?.attributes ?? []) values[name] = attribute.value;
    return values;
  };
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'https://campaign.double');
    const mac = account();
    const callback = new URL(mac.callbackServer || 'https://invalid.example');
    const isCallback = url.pathname === (callback.pathname || '/') && (url.searchParams.has('code') || url.searchParams.has('error'));
    if (url.pathname === '/nl/jsp/logon.jsp' || (url.pathname === '/' && !isCallback)) {
      const authorize = new URL(`${(mac.imsServer ?? '').replace(/\/+$/, '')}/ims/authorize/v2`);
      authorize.search = new URLSearchParams({
        client_id: mac.clientId ?? '',
        redirect_uri: mac.callbackServer ?? '',
        scope: mac.userScope ?? '',
        response_type: 'code',
        state: 'campaign-logon',
      }).toString();
      page(res, 200, 'Adobe Campaign', `<h1>Adobe Campaign</h1><a id="adobe-id" href="${escapeHtml(authorize.toString())}">Connect with an Adobe ID</a>`);
      return true;
    }
    if (!isCallback) return false;

    const error = url.searchParams.get('error');
    if (error) {
      page(res, 401, 'Adobe Campaign', `<p class="error">The Adobe ID login failed: ${escapeHtml(error)}</p>`);
      return true;
    }
    const imsServer = (mac.imsServer ?? '').replace(/\/+$/, '');
    const token = await httpRequest(
      `${imsServer}/ims/token/v3`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(`${mac.clientId}:${options.clientSecret}`).toString('base64')}`,
        },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code: url.searchParams.get('code') ?? '',
          redirect_uri: mac.callbackServer ?? '',
        }).toString(),
      },
      options.net,
    );
    const tokenJson = JSON.parse(token.body) as { access_token?: string; error?: string };
    if (!tokenJson.access_token) {
      page(res, 401, 'Adobe Campaign', `<p class="error">The Adobe ID login failed: ${escapeHtml(tokenJson.error ?? `HTTP ${token.status}`)}</p>`);
      return true;
    }
    const profile = JSON.parse(
      (await httpRequest(`${imsServer}/ims/profile/v1`, { headers: { authorization: `Bearer ${tokenJson.access_token}` } }, options.net)).body,
    ) as {
      email?: string;
      projectedProductContext?: { prodCtx: { serviceCode: string; owningEntity: string; user_visible_name?: string; label?: string } }[];
    };
    const productContext = mac.productContext || PRODUCT_CONTEXT_DEFAULT;
    const profileNames = (profile.projectedProductContext ?? [])
      .map((entry) => entry.prodCtx)
      .filter((context) => context.serviceCode === productContext && context.owningEntity === mac.imsOrgId)
      .map((context) => context.user_visible_name ?? context.label ?? '');
    const mask = compileMask(mac.imsRightsMask ?? '');
    const existing = new Set(options.records('xtk:group').map((group) => group.attributes.get('name')?.value ?? ''));
    const groups = profileNames.map((name) => matchProfile(mask, name)).filter((group): group is string => group !== undefined && existing.has(group));
    if (groups.length === 0) {
      page(res, 403, 'Adobe Campaign', `<p class="error">${escapeHtml(NO_MATCHING_RIGHT_MESSAGE.en)} '${escapeHtml(mac.imsRightsMask ?? '')}'</p>`);
      return true;
    }
    page(
      res,
      200,
      'Adobe Campaign',
      `<h1 id="welcome">Welcome, ${escapeHtml(profile.email ?? '')}</h1><p>Operator groups: ${groups.map(escapeHtml).join(', ')}</p>`,
    );
    return true;
  };
}

function page(res: ServerResponse, status: number, title: string, body: string): void {
  res.writeHead(status, { 'content-type': 'text/html;charset=utf-8' });
  res.end(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`);
}
