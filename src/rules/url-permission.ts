import {
  DEFAULT_URL_PERMISSION_ACTION,
  MAC_ACCOUNT_NAME,
  URL_PERMISSION_ACTIONS,
  URL_PERMISSION_EMPTY_SUFFIX_MATCHES,
  URL_PERMISSION_REGEX_FLAGS,
} from '../domain/facts.js';
import { hostMatchesDnsSuffix, hostOf, wholeStringRegex } from '../domain/urls.js';
import { catalogue, type Format } from '../i18n/catalogue.js';
import type { UrlPermissionEntry } from '../model/snapshot.js';
import { defineRule, evidence, type EvidenceInput, type Report } from './rule.js';

// Decisions where the checklist is silent: docs/rules/url-permission.md.

type Action = (typeof URL_PERMISSION_ACTIONS)[number];

/** Why the IMS server is not allowed. */
type Why = { kind: 'noEntries' } | { kind: 'noSuffix'; host: string; suffixes: string[] } | { kind: 'regexNoMatch'; entries: UrlPermissionEntry[] };

/** How many items of a list a message names before "and N more". */
const LISTED = 5;

/** An entry as serverConf.xml writes it, values quoted as read. */
const entryText = (entry: UrlPermissionEntry, f: Format): string => `<url dnsSuffix=${f.v(entry.dnsSuffix)} urlRegEx=${f.v(entry.urlRegEx)}/>`;

/** The first items of a possibly long list, and how many more there are. */
function some(items: readonly string[], f: Format): string {
  return f.items(items.slice(0, LISTED), { total: items.length, unit: 'things' });
}

const defaultedText = (defaulted: boolean, f: Format): string =>
  !defaulted ? '' : f.lang === 'ko' ? ', action 속성이 없어 기본값' : ', the default: no action attribute';

function whyText(why: Why, url: string, f: Format): string {
  const ko = f.lang === 'ko';
  switch (why.kind) {
    case 'noEntries':
      return ko ? '목록에 <url> 항목이 하나도 없습니다.' : 'the list has no <url> entry at all.';
    case 'noSuffix': {
      const suffixes = some(
        why.suffixes.map((suffix) => f.v(suffix)),
        f,
      );
      return ko
        ? `어떤 <url> 항목의 dnsSuffix도 호스트의 끝과 일치하지 않습니다(호스트: ${f.v(why.host)}). 항목: ${suffixes}.`
        : `no <url> entry has a dnsSuffix that ${f.v(why.host)} ends with. The entries: ${suffixes}.`;
    }
    case 'regexNoMatch': {
      const entries = some(
        why.entries.map((entry) => entryText(entry, f)),
        f,
      );
      if (ko) return `호스트와 일치하는 항목이 있지만 전체 URL이 그 urlRegEx와 일치하지 않습니다(URL: ${f.v(url)}). 항목: ${entries}.`;
      return why.entries.length === 1
        ? `the whole URL ${f.v(url)} does not match the urlRegEx of the entry that matches the host: ${entries}.`
        : `the whole URL ${f.v(url)} does not match the urlRegEx of the entries that match the host: ${entries}.`;
    }
  }
}

const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

interface Judged {
  file: string;
  url: string;
  action: Action;
  defaulted: boolean;
}

const messages = catalogue({
  allowed: {
    en: (p: Judged & { entry: UrlPermissionEntry }, f: Format) =>
      `The IMS server ${f.v(p.url)} is allowed by ${entryText(p.entry, f)} in ${p.file} (action "${p.action}"${defaultedText(p.defaulted, f)}).`,
    ko: (p, f) =>
      `${p.file}의 urlPermission 항목이 IMS 서버를 허용합니다(동작 "${p.action}"${defaultedText(p.defaulted, f)}). IMS 서버: ${f.v(p.url)}, 항목: ${entryText(p.entry, f)}.`,
  },
  notEnforced: {
    en: (p: { file: string; url: string }, f: Format) =>
      `urlPermission action is "ignore" in ${p.file}: Campaign calls any URL, the IMS server ${f.v(p.url)} included, without checking the list.`,
    ko: (p, f) =>
      `${p.file}의 urlPermission 동작이 "ignore"입니다. Campaign은 목록을 확인하지 않고 모든 URL을 호출하며, IMS 서버도 마찬가지입니다(${f.v(p.url)}).`,
  },
  blocked: {
    en: (p: Judged & { why: Why }, f: Format) =>
      `urlPermission in ${p.file} blocks the IMS server ${f.v(p.url)} (action "${p.action}"${defaultedText(p.defaulted, f)}): ${whyText(p.why, p.url, f)} Campaign then probably cannot exchange the login code for a token: that urlPermission governs this call is inferred [I], not documented, and builds 7.4.2 and later may reach IMS through the CampaignIO endpoint instead.`,
    ko: (p, f) =>
      `${p.file}의 urlPermission이 IMS 서버를 차단합니다(${f.v(p.url)}, 동작 "${p.action}"${defaultedText(p.defaulted, f)}). ${whyText(p.why, p.url, f)} 이 경우 Campaign이 로그인 코드를 토큰으로 교환하지 못할 가능성이 큽니다. urlPermission이 이 호출에 적용된다는 것은 문서가 아닌 추론이며[I], 7.4.2 이후 빌드는 IMS 로그인에 CampaignIO 엔드포인트를 사용할 수 있습니다.`,
  },
  logged: {
    en: (p: Judged & { why: Why }, f: Format) =>
      `urlPermission in ${p.file} does not allow the IMS server ${f.v(p.url)}, but its action is "warn": Campaign only logs the call. ${sentence(whyText(p.why, p.url, f))} Logins break as soon as the action is "deny", the default.`,
    ko: (p, f) =>
      `${p.file}의 urlPermission이 IMS 서버를 허용하지 않지만(${f.v(p.url)}) 동작이 "warn"이므로 Campaign은 호출을 로그에만 남깁니다. ${whyText(p.why, p.url, f)} 동작이 기본값인 "deny"가 되는 즉시 로그인이 실패합니다.`,
  },
  fixAllow: {
    en: (p: { file: string; suffix: string }, f: Format) =>
      `Add <url dnsSuffix=${f.code(p.suffix)} urlRegEx="https://.*"/> inside <urlPermission> in ${p.file}, then restart the server.`,
    ko: (p, f) => `${p.file}의 <urlPermission> 안에 다음 항목을 추가한 뒤 서버를 다시 시작하십시오: <url dnsSuffix=${f.code(p.suffix)} urlRegEx="https://.*"/>`,
  },
  unknownAction: {
    en: (p: { file: string; action: string; known: readonly string[]; fallback: Action }, f: Format) =>
      `urlPermission action ${f.v(p.action)} in ${p.file} is none of ${f.list(p.known)}; ims-doctor judged the list as under "${p.fallback}", the default.`,
    ko: (p, f) =>
      `${p.file}의 urlPermission 동작이 ${f.list(p.known, 'or')} 중 어느 것도 아닙니다(${f.v(p.action)}). ims-doctor는 기본값인 "${p.fallback}" 동작으로 보고 판단했습니다.`,
  },
  fixUnknownAction: {
    en: (p: { file: string; known: readonly string[] }, f: Format) =>
      `Set the action attribute of <urlPermission> in ${p.file} to one of ${f.list(p.known, 'or')} (deny is recommended), then restart the server.`,
    ko: (p, f) => `${p.file}의 <urlPermission> action 속성을 ${f.list(p.known, 'or')} 중 하나(deny 권장)로 설정한 뒤 서버를 다시 시작하십시오.`,
  },
  invalidRegex: {
    en: (p: { entry: UrlPermissionEntry; error: string }, f: Format) =>
      `The urlRegEx of ${entryText(p.entry, f)} in ${f.at(p.entry.at)} is not a valid regular expression (${p.error}); Campaign cannot use this entry.`,
    ko: (p, f) =>
      `${f.at(p.entry.at)}의 urlPermission 항목의 urlRegEx가 올바른 정규식이 아닙니다(${entryText(p.entry, f)}; 정규식 오류: ${f.v(p.error)}). Campaign은 이 항목을 사용할 수 없습니다.`,
  },
  fixInvalidRegex: {
    en: (p: { entry: UrlPermissionEntry }, f: Format) =>
      `Correct the urlRegEx of ${entryText(p.entry, f)} (for example ${f.code('https://.*')}), then restart the server.`,
    ko: (p, f) => `이 항목의 urlRegEx를 고친 뒤(예: ${f.code('https://.*')}) 서버를 다시 시작하십시오: ${entryText(p.entry, f)}`,
  },
  noHost: {
    en: (p: { name: string; url: string }, f: Format) =>
      `The IMS server ${f.v(p.url)} of ${p.name} names no host, so urlPermission cannot be judged (see rule ims-server).`,
    ko: (p, f) => `${p.name}의 IMS 서버 값에 호스트가 없어 urlPermission을 판단할 수 없습니다(${f.v(p.url)}; ims-server 규칙 참조).`,
  },
  fixNoHost: {
    en: (p: { name: string }) => `Set "IMS server" in ${p.name} first, then run again.`,
    ko: (p) => `먼저 ${p.name}의 IMS server(IMS 서버)를 설정한 뒤 다시 실행하십시오.`,
  },
});

type UrlPermissionReport = Report<typeof messages>;

function entryEvidence(entry: UrlPermissionEntry): EvidenceInput {
  // The entry as the file writes it (values as read, not escaped).
  return { field: 'urlPermission', value: `<url dnsSuffix="${entry.dnsSuffix}" urlRegEx="${entry.urlRegEx}"/>`, at: entry.at };
}

/** The suffix to allow for a host: its last two labels (`ims-na1.adobelogin.com` → `adobelogin.com`). */
function suffixFor(host: string): string {
  return host.split('.').slice(-2).join('.');
}

/** The engine's words without the pattern it was given (which is wrapped to match the whole URL). */
function regexError(error: string): string {
  return error.replace(/^\/[\s\S]*\/[a-z]*: /, '');
}

export default defineRule({
  id: 'url-permission',
  section: 3,
  title: { en: 'serverConf urlPermission allows the IMS server', ko: 'serverConf urlPermission이 IMS 서버를 허용' },
  scope: 'instance',
  needs: ['campaign', 'account', 'serverConf'],
  messages,
  check({ account, serverConf }): UrlPermissionReport[] {
    const server = account.imsServer;
    const url = server.value.trim();
    const host = hostOf(url);
    const file = serverConf.source;
    const name = MAC_ACCOUNT_NAME;
    if (host === '') {
      return [
        {
          status: 'skip',
          message: { id: 'noHost', params: { name, url: server.value } },
          remediation: { id: 'fixNoHost', params: { name } },
          evidence: [evidence('imsServer', server)],
        },
      ];
    }

    const reports: UrlPermissionReport[] = [];
    const written = serverConf.urlPermissionAction.value;
    const action = URL_PERMISSION_ACTIONS.find((known) => known === written) ?? DEFAULT_URL_PERMISSION_ACTION;
    const actionEvidence = evidence('urlPermissionAction', serverConf.urlPermissionAction);
    const defaulted = serverConf.urlPermissionAction.at.defaulted === true;
    const known = URL_PERMISSION_ACTIONS;
    if (action !== written) {
      reports.push({
        status: 'warn',
        message: { id: 'unknownAction', params: { action: written, file, known, fallback: action } },
        remediation: { id: 'fixUnknownAction', params: { file, known } },
        evidence: [actionEvidence],
      });
    }
    if (action === 'ignore') {
      return [{ status: 'pass', message: { id: 'notEnforced', params: { file, url } }, evidence: [actionEvidence, evidence('imsServer', server)] }];
    }

    const entries = serverConf.urlPermissions.map((entry) => ({ entry, compiled: wholeStringRegex(entry.urlRegEx, URL_PERMISSION_REGEX_FLAGS) }));
    for (const { entry, compiled } of entries) {
      if ('error' in compiled) {
        reports.push({
          status: 'warn',
          message: { id: 'invalidRegex', params: { entry, error: regexError(compiled.error) } },
          remediation: { id: 'fixInvalidRegex', params: { entry } },
          evidence: [entryEvidence(entry)],
        });
      }
    }
    const matching = entries.filter(({ entry }) =>
      entry.dnsSuffix.trim() === '' ? URL_PERMISSION_EMPTY_SUFFIX_MATCHES : hostMatchesDnsSuffix(host, entry.dnsSuffix),
    );
    const allowing = matching.find(({ compiled }) => 'regex' in compiled && compiled.regex.test(url));
    const judged: Judged = { file, url, action, defaulted };
    if (allowing) {
      reports.push({
        status: 'pass',
        message: { id: 'allowed', params: { ...judged, entry: allowing.entry } },
        evidence: [evidence('imsServer', server), actionEvidence, entryEvidence(allowing.entry)],
      });
      return reports;
    }

    const why: Why =
      matching.length > 0
        ? { kind: 'regexNoMatch', entries: matching.map(({ entry }) => entry) }
        : entries.length > 0
          ? { kind: 'noSuffix', host, suffixes: entries.map(({ entry }) => entry.dnsSuffix) }
          : { kind: 'noEntries' };
    const suffix = suffixFor(host);
    reports.push({
      status: action === 'warn' ? 'warn' : 'fail',
      message: { id: action === 'warn' ? 'logged' : 'blocked', params: { ...judged, why } },
      remediation: { id: 'fixAllow', params: { file, suffix } },
      evidence: [evidence('imsServer', server), actionEvidence, ...matching.map(({ entry }) => entryEvidence(entry))],
    });
    return reports;
  },
});
