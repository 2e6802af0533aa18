import { URL_PERMISSION_EMPTY_SUFFIX_MATCHES, URL_PERMISSION_REGEX_FLAGS } from '../../domain/facts.js';
import { hostMatchesDnsSuffix, hostOf, wholeStringRegex } from '../../domain/urls.js';
import type { ServerConfPlane } from '../../model/snapshot.js';
import { none, options, type Fixer } from './fixer.js';

/** The suffix to allow for a host: its last two labels (`ims-na1.adobelogin.com` → `adobelogin.com`), as the rule suggests. */
export function suffixFor(host: string): string {
  return host.split('.').slice(-2).join('.');
}

/** Whether serverConf lets the server call `url`: not enforced, or an entry's suffix and whole-URL regex allow it. */
export function urlAllowed(plane: ServerConfPlane, url: string): boolean {
  const action = plane.urlPermissionAction.value;
  if (action === 'ignore') return true;
  const host = hostOf(url);
  return plane.urlPermissions.some((entry) => {
    const suffixMatches = entry.dnsSuffix === '' ? URL_PERMISSION_EMPTY_SUFFIX_MATCHES : hostMatchesDnsSuffix(host, entry.dnsSuffix);
    const compiled = wholeStringRegex(entry.urlRegEx, URL_PERMISSION_REGEX_FLAGS);
    return suffixMatches && 'regex' in compiled && compiled.regex.test(url);
  });
}

/**
 * url-permission, from the snapshot (its params are not data yet): when the account's IMS server
 * is not allowed, add `<url dnsSuffix="<its last two labels>" urlRegEx="https://.*"/>`, judged
 * on the planned snapshot (the IMS server may be changing too). Findings about something else (an
 * unknown action, a broken regex) are left to a person.
 */
const fixer: Fixer = {
  rule: 'url-permission',
  propose({ finding, plannedContext: context }) {
    // Only "the IMS server is not allowed" (remediation fixAllow, the same id before and after the rule's conversion).
    if (finding.remediationId !== 'fixAllow') return none({ id: 'reasonYourChoice' });
    const account = context?.account;
    const plane = context?.serverConf;
    if (!context || !account || !plane) return none({ id: 'reasonNoAccount' });
    const url = account.imsServer.value.trim();
    const host = hostOf(url);
    if (host === '') return none({ id: 'reasonNoFix' });
    if (urlAllowed(plane, url)) return { kind: 'resolved' };
    const dnsSuffix = suffixFor(host);
    return options([
      {
        plane: 'serverConf',
        record: 'urlPermission',
        op: 'add',
        instance: context.instance.name,
        target: plane.source,
        field: 'url',
        from: null,
        to: { dnsSuffix, urlRegEx: 'https://.*' },
        at: plane.urlPermissionAction.at,
        applyWith: 'patch',
        risk: [{ id: 'riskUrlPermission', params: { suffix: dnsSuffix } }],
      },
    ]);
  },
};

export default fixer;
