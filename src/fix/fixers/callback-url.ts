import { imsAdd } from './ims-steps.js';
import { none, options, setAccount, stringParam, type Fixer } from './fixer.js';

/** The remediations that name the callback server to set, and the parameter holding it. */
const CALLBACK_FROM: Record<string, 'accessUrl' | 'suggested'> = {
  fixEmpty: 'accessUrl',
  fixHost: 'accessUrl',
  fixNotAllowedHost: 'accessUrl',
  fixSpaces: 'suggested',
  fixHttps: 'suggested',
};

/**
 * callback-url: set the callback server to what the rule names (this instance's access URL, or the
 * value without spaces, in https); when the callback is this instance's own and IMS does not
 * allow it, have a redirect URI pattern added in the Developer Console (steps with the pattern to
 * paste). A wrong pattern (loose dots, doubled backslashes) is Adobe's to correct: left to a person.
 */
const fixer: Fixer = {
  rule: 'callback-url',
  propose({ finding, context }) {
    const account = context?.account;
    if (!context || !account) return none({ id: 'reasonNoAccount' });
    const remediation = finding.remediationId ?? '';
    const key = CALLBACK_FROM[remediation];
    if (key !== undefined) {
      const to = stringParam(finding.remediationParams, key);
      return to === undefined ? none({ id: 'reasonNoFix' }) : options([setAccount(context, account, 'callbackServer', to)]);
    }
    if (remediation === 'fixNotAllowed') {
      const pattern = stringParam(finding.remediationParams, 'pattern');
      const add = pattern === undefined ? undefined : imsAdd(context, 'redirectUriPatterns', pattern);
      return add ? options([add]) : none({ id: 'reasonNoFix' });
    }
    return none({ id: 'reasonYourChoice' });
  },
};

export default fixer;
