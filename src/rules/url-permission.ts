import type { UrlPermissionEntry } from '../model/snapshot.js';
import { formatProvenance } from '../model/provenance.js';
import {
  CHECKLIST_URL, DEFAULT_URL_PERMISSION_ACTION, MAC_ACCOUNT_NAME, URL_PERMISSION_ACTIONS, URL_PERMISSION_EMPTY_SUFFIX_MATCHES, URL_PERMISSION_REGEX_FLAGS,
} from '../domain/facts.js';
import { hostMatchesDnsSuffix, hostOf, wholeStringRegex } from '../domain/urls.js';
import { adaptLegacyRule, defineRule, evidence, quote, t, type EvidenceInput, type Report } from './legacy.js';

type Action = (typeof URL_PERMISSION_ACTIONS)[number];

/** An entry as serverConf.xml writes it, to quote in messages. */
function describeEntry(entry: UrlPermissionEntry): string {
  return `<url dnsSuffix=${quote(entry.dnsSuffix)} urlRegEx=${quote(entry.urlRegEx)}/>`;
}

function entryEvidence(entry: UrlPermissionEntry): EvidenceInput {
  return { field: 'urlPermission', value: describeEntry(entry), at: entry.at };
}

/** The suffix to allow for a host: its last two labels (`ims-na1.adobelogin.com` → `adobelogin.com`). */
function suffixFor(host: string): string {
  return host.split('.').slice(-2).join('.');
}

/*
 * Decisions where the checklist is silent:
 * - action "warn": a warning when the IMS host is not allowed (Campaign only logs the call, so logins
 *   work, but they break the day the action goes back to deny, the default); a pass when it is allowed.
 * - action "ignore": a pass that says the list is not enforced.
 * - An action that is none of ignore/warn/deny is reported as a warning and judged as the default, deny.
 * - An invalid urlRegEx is a warning of its own (Campaign cannot use that entry), reported whatever the
 *   entry's dnsSuffix, except under "ignore"; it never allows the IMS host.
 * - The URL tested against urlRegEx is the account's IMS server as written (trimmed).
 * - An IMS server with no host cannot be judged: skip, the ims-server rule reports it.
 */
const legacyRule = defineRule({
  id: 'url-permission',
  section: 3,
  docUrl: CHECKLIST_URL,
  title: { en: 'serverConf urlPermission allows the IMS server', ko: 'serverConf urlPermission이 IMS 서버를 허용' },
  scope: 'instance',
  needs: ['campaign', 'account', 'serverConf'],
  messages: {
    allowed: {
      en: (p) => `The IMS server ${p.url} is allowed by ${p.entry} in ${p.file} (action "${p.action}"${p.defaulted}).`,
      ko: (p) => `IMS 서버 ${p.url}은(는) ${p.file}의 ${p.entry} 항목으로 허용됩니다(동작 "${p.action}"${p.defaulted}).`,
    },
    notEnforced: {
      en: (p) => `urlPermission action is "ignore" in ${p.file}: Campaign calls any URL, the IMS server ${p.url} included, without checking the list.`,
      ko: (p) => `${p.file}의 urlPermission 동작이 "ignore"입니다. Campaign은 목록을 확인하지 않고 IMS 서버 ${p.url}을(를) 포함한 모든 URL을 호출합니다.`,
    },
    blocked: {
      en: (p) => `urlPermission in ${p.file} blocks the IMS server ${p.url} (action "${p.action}"${p.defaulted}): ${p.why} Campaign cannot exchange the login code for a token.`,
      ko: (p) => `${p.file}의 urlPermission이 IMS 서버 ${p.url}을(를) 차단합니다(동작 "${p.action}"${p.defaulted}). ${p.why} Campaign이 로그인 코드를 토큰으로 교환할 수 없습니다.`,
    },
    logged: {
      en: (p) => `urlPermission in ${p.file} does not allow the IMS server ${p.url}, but its action is "warn": Campaign only logs the call. ${p.why} Logins break as soon as the action is "deny", the default.`,
      ko: (p) => `${p.file}의 urlPermission이 IMS 서버 ${p.url}을(를) 허용하지 않지만 동작이 "warn"이므로 Campaign은 호출을 로그에만 남깁니다. ${p.why} 동작이 기본값인 "deny"가 되는 즉시 로그인이 실패합니다.`,
    },
    noSuffix: {
      en: (p) => `no <url> entry has a dnsSuffix that "${p.host}" ends with (entries: ${p.suffixes}).`,
      ko: (p) => `"${p.host}"이(가) 끝나는 dnsSuffix를 가진 <url> 항목이 없습니다(항목: ${p.suffixes}).`,
    },
    noEntries: {
      en: () => 'the list has no <url> entry at all.',
      ko: () => '목록에 <url> 항목이 하나도 없습니다.',
    },
    regexNoMatch: {
      en: (p) => `${p.entries} match the host, but the whole URL ${p.url} does not match their urlRegEx.`,
      ko: (p) => `${p.entries} 항목이 호스트와 일치하지만 전체 URL ${p.url}이(가) 그 urlRegEx와 일치하지 않습니다.`,
    },
    defaultedAction: {
      en: () => ', the default: no action attribute',
      ko: () => ', action 속성이 없어 기본값',
    },
    fixAllow: {
      en: (p) => `Add <url dnsSuffix="${p.suffix}" urlRegEx="https://.*"/> inside <urlPermission> in ${p.file}, then restart the server.`,
      ko: (p) => `${p.file}의 <urlPermission> 안에 <url dnsSuffix="${p.suffix}" urlRegEx="https://.*"/>를 추가한 뒤 서버를 다시 시작하십시오.`,
    },
    unknownAction: {
      en: (p) => `urlPermission action ${p.action} in ${p.file} is none of ${p.known}; ims-doctor judged the list as under "${p.fallback}", the default.`,
      ko: (p) => `${p.file}의 urlPermission 동작 ${p.action}은(는) ${p.known} 중 어느 것도 아닙니다. ims-doctor는 기본값인 "${p.fallback}"(으)로 보고 판단했습니다.`,
    },
    fixUnknownAction: {
      en: (p) => `Set the action attribute of <urlPermission> in ${p.file} to one of ${p.known} (deny is recommended), then restart the server.`,
      ko: (p) => `${p.file}의 <urlPermission> action 속성을 ${p.known} 중 하나(deny 권장)로 설정한 뒤 서버를 다시 시작하십시오.`,
    },
    invalidRegex: {
      en: (p) => `The urlRegEx of ${p.entry} in ${p.where} is not a valid regular expression (${p.error}); Campaign cannot use this entry.`,
      ko: (p) => `${p.where}의 ${p.entry} 항목의 urlRegEx가 올바른 정규식이 아닙니다(${p.error}). Campaign은 이 항목을 사용할 수 없습니다.`,
    },
    fixInvalidRegex: {
      en: (p) => `Correct the urlRegEx of ${p.entry} (for example "https://.*"), then restart the server.`,
      ko: (p) => `${p.entry} 항목의 urlRegEx를 고친 뒤(예: "https://.*") 서버를 다시 시작하십시오.`,
    },
    noHost: {
      en: (p) => `The IMS server ${p.url} of ${p.name} names no host, so urlPermission cannot be judged (see rule ims-server).`,
      ko: (p) => `${p.name}의 IMS 서버 ${p.url}에 호스트가 없어 urlPermission을 판단할 수 없습니다(ims-server 규칙 참조).`,
    },
    fixNoHost: {
      en: (p) => `Set "IMS server" in ${p.name} first, then run again.`,
      ko: (p) => `먼저 ${p.name}의 "IMS 서버"를 설정한 뒤 다시 실행하십시오.`,
    },
  },
  check({ account, serverConf }) {
    const conf = serverConf!;
    const server = account!.imsServer;
    const url = server.value.trim();
    const host = hostOf(url);
    const file = conf.source;
    const name = MAC_ACCOUNT_NAME;
    if (host === '') {
      return [{ status: 'skip', message: 'noHost', remediation: 'fixNoHost', params: { name, url: quote(server.value) }, evidence: [evidence('imsServer', server)] }];
    }

    const reports: Report<string>[] = [];
    const written = conf.urlPermissionAction.value;
    const known = (URL_PERMISSION_ACTIONS as readonly string[]).includes(written);
    const action = (known ? written : DEFAULT_URL_PERMISSION_ACTION) as Action;
    const actionEvidence = evidence('urlPermissionAction', conf.urlPermissionAction);
    const defaulted = conf.urlPermissionAction.at.defaulted ? t('defaultedAction') : '';
    const knownList = URL_PERMISSION_ACTIONS.join(', ');
    if (!known) {
      reports.push({ status: 'warn', message: 'unknownAction', remediation: 'fixUnknownAction', params: { action: quote(written), file, known: knownList, fallback: action }, evidence: [actionEvidence] });
    }
    if (action === 'ignore') {
      return [{ status: 'pass', message: 'notEnforced', params: { file, url: quote(url) }, evidence: [actionEvidence, evidence('imsServer', server)] }];
    }

    const entries = conf.urlPermissions.map((entry) => ({ entry, compiled: wholeStringRegex(entry.urlRegEx, URL_PERMISSION_REGEX_FLAGS) }));
    for (const { entry, compiled } of entries) {
      if ('error' in compiled) {
        reports.push({
          status: 'warn',
          message: 'invalidRegex',
          remediation: 'fixInvalidRegex',
          params: { entry: describeEntry(entry), where: formatProvenance(entry.at), error: compiled.error },
          evidence: [entryEvidence(entry)],
        });
      }
    }
    const matching = entries.filter(({ entry }) => (entry.dnsSuffix.trim() === '' ? URL_PERMISSION_EMPTY_SUFFIX_MATCHES : hostMatchesDnsSuffix(host, entry.dnsSuffix)));
    const allowing = matching.find(({ compiled }) => 'regex' in compiled && compiled.regex.test(url));
    const base = { file, url: quote(url), action, defaulted };
    if (allowing) {
      reports.push({ status: 'pass', message: 'allowed', params: { ...base, entry: describeEntry(allowing.entry) }, evidence: [evidence('imsServer', server), actionEvidence, entryEvidence(allowing.entry)] });
      return reports;
    }

    const why =
      matching.length > 0
        ? t('regexNoMatch', { entries: matching.map(({ entry }) => describeEntry(entry)).join(', '), url: quote(url) })
        : entries.length > 0
          ? t('noSuffix', { host, suffixes: entries.map(({ entry }) => quote(entry.dnsSuffix)).join(', ') })
          : t('noEntries');
    reports.push({
      status: action === 'warn' ? 'warn' : 'fail',
      message: action === 'warn' ? 'logged' : 'blocked',
      remediation: 'fixAllow',
      params: { ...base, why, suffix: suffixFor(host) },
      evidence: [evidence('imsServer', server), actionEvidence, ...matching.map(({ entry }) => entryEvidence(entry))],
    });
    return reports;
  },
});

export default adaptLegacyRule(legacyRule);
