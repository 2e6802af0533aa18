/**
 * What ims-doctor knows of Campaign, IMS and the Admin Console, in one table.
 * [V] = read in a public source; [I] = inferred, to be confirmed on a real instance
 * (see shared/domain.md). Correcting an [I] value is a one-line change here.
 */

/**
 * [I] The internal name Campaign looks the account up by: the checklist's name. Reason: the checklist
 * asks for it, but Adobe's own screenshots of a configured account show MAC_ACCOUNT_NAME_IN_SCREENSHOTS;
 * which one the server reads is not published. Verdicts: external-account (another name carrying the
 * IMS fields warns, citing both), and every rule that needs "the account".
 */
export const MAC_ACCOUNT_NAME = 'Adobe_Marketing_Cloud';
/** [V] The internal name in Adobe's screenshots (installation/external-accounts, integrations/configuring-ims). */
export const MAC_ACCOUNT_NAME_IN_SCREENSHOTS = 'Adobe_Experience_Cloud';

/** [V] Label of the account type: today's UI, the docs' text, the older builds' label. */
export const MAC_TYPE_LABELS = ['Adobe Experience Cloud', 'Adobe Experience Cloud (MAC)', 'Adobe Marketing Cloud'];

/** [V] Type values of other external account kinds; anything else may be the MAC kind. */
export const NON_MAC_ACCOUNT_TYPES: Record<string, string> = {
  '0': 'bounce mails',
  '3': 'routing',
  '7': 'external database',
  '11': 'Message Center execution instance',
  '12': 'AEM',
  '17': 'HDFS',
};

/**
 * [I] The MAC type value is not published: recognise the kind by the IMS fields only it carries.
 * Reason: `clientId` and `callbackServer` exist on every account type (the SDK's recorded routing
 * account carries them), these three are the IMS login's own. Verdict: external-account (duplicates).
 */
export const MAC_ACCOUNT_IMS_ATTRIBUTES = ['imsServer', 'imsRightsMask', 'imsOrgId'];

/** [V] IMS production hosts Campaign may use; [V] the stage host it must never use. */
export const PRODUCTION_IMS_HOSTS = ['ims-na1.adobelogin.com', 'adobeid-na1.services.adobe.com'];
export const STAGE_IMS_HOSTS = ['ims-na1-stg1.adobelogin.com'];
export const CANONICAL_IMS_ENDPOINT = 'https://ims-na1.adobelogin.com';

/** [V] Product contexts: the field's required value, and the default when the field is absent. */
export const PRODUCT_CONTEXT_FIELD_VALUE = 'dma_campaign_classic';
export const PRODUCT_CONTEXT_DEFAULT = 'dma_campaign';

/**
 * [I] Campaign stores the client secret encrypted; a live read shows it prefixed with `@`. Reason: the
 * SDK's decryptPassword strips this prefix and its recorded nms:extAccount record carries `@…`; that
 * every build writes it so is not stated. Verdict: client-secret (an `@…` value is "encrypted").
 */
export const CAMPAIGN_ENCRYPTED_SECRET_PREFIX = '@';

/**
 * [I] Attribute of `nms:extAccount` for each account field. Reason: the names are those of a real record
 * in the SDK's recorded answers (test/mock.js); which UI field each one holds is matched by name, not
 * published (`userScope` the least certain). Verdicts: every rule on the account (docs/campaign-attributes.md).
 */
export const ACCOUNT_ATTRIBUTES = {
  name: 'name',
  label: 'label',
  type: 'type',
  active: 'active',
  imsServer: 'imsServer',
  clientId: 'clientId',
  clientSecret: 'clientSecret',
  callbackServer: 'callbackServer',
  imsOrgId: 'imsOrgId',
  imsRightsMask: 'imsRightsMask',
  userScope: 'userScope',
  productContext: 'productContext',
  server: 'server',
  tenant: 'tenant',
  lastModified: 'lastModified',
} as const;

/**
 * [I] Campaign separates the account's scopes with commas. Reason: Adobe's docs write the scope as
 * `openid,AdobeID,…`; how Campaign splits the field is not published. Verdict: scope.
 */
export const CAMPAIGN_SCOPE_SEPARATOR = ',';

/**
 * [I] Scope Campaign needs to receive the user's product profiles. Reason: IMS returns
 * projectedProductContext only with this scope [V: IMS docs]; that Campaign needs no other is not
 * stated. Verdict: scope.
 */
export const PROFILE_SCOPE = 'additional_info.projectedProductContext';

/**
 * [I] Campaign compares the association mask with profile names case-sensitively. Reason: no doc says
 * either way; Adobe's examples write mask and profile in the same case, and a case-insensitive reading
 * would hide a real mismatch. Verdicts: association-mask, association-users.
 */
export const MASK_MATCH_IS_CASE_SENSITIVE = true;

/**
 * [I] A mask holding a capture group `( … )` is a regular expression matched against the whole
 * profile name, group 1 naming the operator group; any other mask is a literal prefix. Reason: older
 * docs write `Campaign - tenant_id - (.*)`, newer ones the prefix `campaign - acme - `; how the server
 * tells them apart is not published. Verdicts: association-mask, association-users.
 */
export const MASK_REGEX_FORM = /(?<!\\)\((?!\?)/;

/**
 * [I] Campaign looks up the operator group a profile names with a case-sensitive comparison. Reason:
 * internal names are identifiers, given in exact case by the docs; the lookup is not published.
 * Verdicts: association-mask, association-users.
 */
export const OPERATOR_GROUP_NAME_IS_CASE_SENSITIVE = true;

/**
 * [I] Spaces around a scope item stay part of the scope name IMS receives: nobody trims them. Reason:
 * no doc says Campaign trims the field, and IMS compares scope names exactly [V: case-sensitive].
 * Verdict: scope.
 */
export const SCOPE_ITEMS_ARE_TRIMMED = false;

/** [V] The scope Adobe's documentation shows for Campaign's IMS login. */
export const DOCUMENTED_CAMPAIGN_SCOPES = ['openid', 'AdobeID', 'read_organizations', 'additional_info.projectedProductContext'];

/**
 * [I] The redirect_uri Campaign sends to IMS is the callback server URL as configured. Reason: the
 * docs tell to set the callback server to the instance's URL and to allow it in the redirect URI
 * patterns; the exact path Campaign sends is not published. Verdict: callback-url.
 */
export function campaignRedirectUri(callbackServer: string): string {
  return callbackServer;
}

/** [V] urlPermission action when serverConf does not say. */
export const DEFAULT_URL_PERMISSION_ACTION = 'deny';

/** [V] The urlPermission actions serverConf.xml knows: ignore (no check), warn (log only), deny (block). */
export const URL_PERMISSION_ACTIONS = ['ignore', 'warn', 'deny'] as const;

/**
 * [I] Flags a urlPermission urlRegEx is applied with: none, i.e. case-sensitive, to the whole URL.
 * Reason: the docs give urlRegEx as a plain regex (`https://.*`) and name no flag. Verdict: url-permission.
 */
export const URL_PERMISSION_REGEX_FLAGS = '';

/**
 * [I] An entry with an empty dnsSuffix allows no host (it is not a wildcard). Reason: the docs define
 * an entry by its suffix and never show an empty one; a wildcard reading would hide a missing IMS entry.
 * Verdict: url-permission.
 */
export const URL_PERMISSION_EMPTY_SUFFIX_MATCHES = false;

/**
 * [I] Campaign writes dates in exports as `YYYY-MM-DD hh:mm:ss.fffZ`, in UTC. A date written without
 * a zone is read as UTC, but is only trusted to order two instants more than MAX_UTC_OFFSET_HOURS apart.
 * Reason: the SDK's recorded answers and Adobe's example packages write `…Z`; a zoneless date is not
 * documented. Verdict: restart.
 */
export const CAMPAIGN_DATES_ARE_UTC = true;

/** [V] The largest offset of a civil time zone from UTC (UTC+14, Line Islands), in hours. */
export const MAX_UTC_OFFSET_HOURS = 14;

/** [V] The IMS organization ID ends with this. */
export const ORG_ID_SUFFIX = '@AdobeOrg';

/** [V] Default operator group internal names. */
export const DEFAULT_OPERATOR_GROUPS = [
  'admin',
  'delivery',
  'operation',
  'content',
  'report',
  'workflow',
  'workflowSupervisor',
  'central',
  'local',
  'offer',
  'messagecenter',
];

/**
 * [V] The message an operator sees when no profile matches the mask (`en`). Campaign has no Korean UI:
 * `ko` is the Korean documentation's translation, shown to Korean readers beside the English text.
 */
export const NO_MATCHING_RIGHT_MESSAGE = {
  en: 'Login does not have any right matching the expression',
  ko: '로그인에 표현식과 일치하는 권한이 없습니다.',
};

/** [V] Admin Console export columns ims-doctor reads. */
export const ADMIN_CONSOLE_COLUMNS = {
  username: 'Username',
  email: 'Email',
  profiles: 'Product Configurations',
  userGroups: 'User Groups',
  firstName: 'First Name',
  lastName: 'Last Name',
} as const;

/** [V] The checklist document every rule links to, in the report's language. */
export const CHECKLIST_URL = {
  en: 'https://experienceleague.adobe.com/en/docs/campaign-classic/using/installing-campaign-classic/connect-to-campaign/connecting-via-an-adobe-id/ims-troubleshooting',
  ko: 'https://experienceleague.adobe.com/ko/docs/campaign-classic/using/installing-campaign-classic/connect-to-campaign/connecting-via-an-adobe-id/ims-troubleshooting',
} as const;

/**
 * [I] Where xtk:operator keeps how an operator logs in, and the value of Adobe ID (IMS) logins. Reason:
 * the IMS migration technote names the field "Authentication type" (Native / IMS); its XPath and stored
 * value are not in a published schema. Verdicts: operators (native vs IMS), association-users.
 */
export const OPERATOR_AUTH_TYPE_XPATH = 'access/@authenticationType';
export const OPERATOR_IMS_AUTH_TYPE = 'ims';

/**
 * [I] The schema linking operators to operator groups in Campaign, one record per membership. Reason:
 * the SDK's schemas name xtk:operatorGroup with @operator-id/@group-id; that it lists every membership
 * a live read needs is not stated. Verdicts: association-users, operators (live reads).
 */
export const OPERATOR_GROUP_LINK_SCHEMA = 'xtk:operatorGroup';

/** [V] Name of the type enumeration of nms:extAccount (read live with getSysEnum). */
export const ACCOUNT_TYPE_ENUM = 'type';

/** [V] Discovery document path of IMS, relative to the IMS server. */
export const IMS_DISCOVERY_PATH = '/ims/.well-known/openid-configuration';

/** [V] IMS authorize and token endpoints, when discovery does not say. */
export const IMS_AUTHORIZE_PATH = '/ims/authorize/v2';
export const IMS_TOKEN_PATH = '/ims/token/v3';

/**
 * [I] A callback certificate expiring within this many days is reported before it breaks logins.
 * Reason: a chosen margin (three weeks to renew), no Adobe source. Verdict: callback-url (`--probe`).
 */
export const CERTIFICATE_EXPIRY_WARNING_DAYS = 21;

/** [V] What IMS answers at authorize for a client ID it does not know (or may not use this flow). */
export const UNKNOWN_CLIENT_ERRORS: readonly string[] = ['invalid_client', 'unauthorized_client'];

// ---- h1 ----

/**
 * [I] An external account name within this many edits (ignoring case) of Adobe_Marketing_Cloud is
 * taken for a misspelling of it (external-account); farther names are other accounts. Reason: a
 * heuristic: three edits cover a letter, a separator and a plural, and stay far from other accounts'
 * names. Verdict: external-account.
 */
export const ACCOUNT_NAME_TYPO_MAX_DISTANCE = 3;

// ---- h4: thresholds of the near-miss classifier (domain/near-miss.ts), named so a correction is one line ----

/** Heuristic: a value differs by a typo only when the expected one has at least this many characters (two letters make another word). */
export const NEAR_MISS_TYPO_MIN_LENGTH = 6;

/** Heuristic: a typo is at most this many edits away, or one edit per NEAR_MISS_TYPO_CHARS_PER_EDIT characters when that is more. */
export const NEAR_MISS_TYPO_MIN_EDITS = 2;
export const NEAR_MISS_TYPO_CHARS_PER_EDIT = 8;

/** Heuristic: a translated value keeps at least this share of the expected ASCII value before its first non-ASCII letter. */
export const NEAR_MISS_TRANSLATED_MIN_ASCII_SHARE = 0.5;

// ---- i9a: what real exports contain ----

/**
 * [V] A package export leaves the passwords of external accounts out, IMS client secret included
 * (Campaign Classic docs, duplicating environments): an absent secret is "not in this export", never
 * "empty". An encrypted `@…` value comes only from a live read. Verdict: client-secret (skips).
 */
export const PACKAGE_EXPORT_HAS_SECRETS = false;

/** [I] Attributes of nms:extAccount holding a secret (left out of exports). Reason: the SDK's records name these two. */
export const ACCOUNT_SECRET_ATTRIBUTES: readonly string[] = ['clientSecret', 'password'];

/**
 * [I] An attribute name that looks like an IMS setting: heuristic, to find hand-made names
 * (`imsClientId`, `imsCallbackServer`) that Campaign would not read. Reason: the hand-made and
 * third-party exports of issue 9 name their IMS fields with these words. Verdict: external-account
 * (lists them), and the rules of the fields they probably meant (not judged).
 */
export const IMS_LIKE_ATTRIBUTE = /ims|client|callback|scope|rights|mask|org|tenant|product|secret|redirect/i;

/**
 * [I] Heuristic: an unrecognised name is taken for a known one within this many edits, ignoring case and
 * an `ims` prefix. Reason: issue 9's hand-made names (`imsClientId`, `imsCallbackServer`) are known
 * names behind an `ims` prefix; three edits more cover a typo or a plural without reaching another known
 * name. Verdict: external-account (did-you-mean).
 */
export const ATTRIBUTE_DID_YOU_MEAN_MAX_DISTANCE = 3;

/**
 * [I] A "Product context" field shown empty is read as no field: Campaign then uses
 * PRODUCT_CONTEXT_DEFAULT. Reason: an export cannot tell an empty field from a missing one (it
 * writes neither); live, the schema tells whether the field exists. Verdict: product-context.
 */
export const PRODUCT_CONTEXT_EMPTY_MEANS_DEFAULT = true;

/**
 * [I] urlPermission governs the server's call to IMS that exchanges the login code for a token.
 * Reason: Adobe defines urlPermission for URLs the server calls (JavaScript, workflows); the code
 * exchange is such a call, but this is not stated. Builds 7.4.2 and later may use the CampaignIO
 * endpoint for the IMS login (release notes 2025). Verdict: url-permission (its failure says so).
 */
export const URL_PERMISSION_GOVERNS_CODE_EXCHANGE = true;

/**
 * [I] A profile naming a missing group whose name is a prefix of an existing group (`delivery` →
 * `deliveryOps`) is taken for a renamed group. Reason: renames usually extend the old name.
 * Verdicts: association-mask, association-users, explain (name the closest group).
 */
export const RENAME_EXTENDS_OLD_NAME = true;
// ---- i9b: imsConfig, operators, technical accounts ----

/**
 * [I] Where an operator's "Account disabled" state is written: `@disabled` (1/true) on the operator
 * or on its `access` element. The attribute name is not published (reason: no public xtk:operator
 * schema dump); operators and the Admin Console cross-check depend on it.
 */
export const OPERATOR_DISABLED_ATTRIBUTE = 'disabled';

/** [I] The operator's e-mail attribute (reason: UI field "Email"; the schema is not published). IMS operators are named by their e-mail [V]. */
export const OPERATOR_EMAIL_ATTRIBUTE = 'email';

/** [I] An operator whose export writes no authenticationType logs on natively (reason: native is the default and defaults are not written). */
export const OPERATOR_DEFAULT_AUTH_TYPE = 'native';

/** [V] `nonIMSAuthnAPI @disableAPI` value that refuses native API logons (technotes impact-ims-migration). */
export const NON_IMS_API_DISABLED = 'true';

/** [V] The operators Adobe's example allowlist keeps on native logons. */
export const DEFAULT_ALLOWED_NATIVE_OPERATORS = ['admin', 'aemserver', 'campaign-loginmonitor', 'internal|monitoring'];

/** [I] `|` in an allowOperator name separates alternative operator names (reason: Adobe's `internal|monitoring`). */
export const ALLOW_OPERATOR_ALTERNATIVES = '|';

/** [V] From Campaign v8.6 native login is no longer allowed (v8 technotes migrate-users-to-ims). */
export const NATIVE_LOGIN_REMOVED_IN = '8.6';

/** [V] Developer Console credential kinds: the retired JWT service account kinds, and OAuth server-to-server. */
export const JWT_CREDENTIAL_KINDS: readonly string[] = ['service', 'entp'];
export const SERVER_TO_SERVER_CREDENTIAL_KIND = 'oauth_server_to_server';

/** [V] Adobe ended JWT service account credentials on this day (integrations/oauth-technical-account). */
export const JWT_END_OF_LIFE = '2025-06-30';

/** [V] The command migrating a JWT technical account to OAuth server-to-server, and the build it needs. */
export const OAUTH_MIGRATION_COMMAND = 'nlserver config -instance:<instance> -setimsoauth:<org id>/<client id>/<client secret>';
export const OAUTH_MIGRATION_MIN_VERSION = '7.4.1';
// ---- r11: live Admin Console (UMAPI) and live Developer Console ----

/** [V] Adobe's User Management API (adobe-apiplatform/umapi-documentation). */
export const UMAPI_BASE = 'https://usermanagement.adobe.io/v2/usermanagement';
/** [V] Scopes of the client-credentials grant of an OAuth server-to-server credential with the User Management API. */
export const UMAPI_TOKEN_SCOPES = ['openid', 'AdobeID', 'user_management_sdk'];
/** [V] Throttling per client: users listing 25 requests a minute, groups listing 5 (global 100); HTTP 429 with Retry-After beyond. */
export const UMAPI_LIMITS_PER_MINUTE = { users: 25, groups: 5, global: 100 } as const;
/** [V] At most 200 users a page today (2000 in an older doc): only `lastPage: true` ends a listing. */
export const UMAPI_PAGE_SIZE = 200;
/**
 * [I] A 429 without a usable Retry-After: wait one throttling window. Reason: the limits are per minute
 * [V]; one window is the shortest wait sure to end the throttling. Verdicts: none (the live UMAPI read's
 * pacing, docs/live-sources.md).
 */
export const UMAPI_DEFAULT_RETRY_AFTER_MS = 60_000;
/**
 * [I] Total time a live read may take before it ends with a problem. Reason: a chosen bound, above the
 * 200 minutes a million users need at 25 pages a minute. Verdicts: none (the live UMAPI read ends with an
 * input problem past it, docs/live-sources.md).
 */
export const UMAPI_DEFAULT_DEADLINE_MS = 6 * 3_600_000;
/** [V] The `result` of an answer naming an organization the credential may not read. */
export const UMAPI_ORG_INVALID_RESULT = 'error.organization.invalid_id';
/** [V] The `result` of an answer refusing the API key. */
export const UMAPI_APIKEY_INVALID_RESULT = 'error.apikey.invalid';
/** [V] Group types of the groups listing: user groups carry product profiles; other types are administrative. */
export const UMAPI_GROUP_TYPES = { userGroup: 'USER_GROUP', profile: 'PRODUCT_PROFILE' } as const;
/**
 * [V] Names of the administrative groups (`_org_admin`, `_admin_<profile>`, `_product_admin_<product>`,
 * `_developer_<profile>`…); [I] a user's `groups` may list them, while the CSV export keeps them in
 * its "… Administered" columns: they are not read as profiles, whether the groups listing types
 * them or not. Reason: the CSV export keeps administrators apart from profiles, and UMAPI's docs name
 * these groups by prefix only. Verdict: association-users (live: they are never profiles).
 */
export const UMAPI_ADMIN_GROUP_NAME = /^_(?:org_admin|support_admin|deployment_admin|admin_|product_admin_|profile_admin_|user_admin_|developer_)/;

/** [V] Adobe Developer Console API host (adobe/aio-lib-console). */
export const DEV_CONSOLE_BASE = 'https://developers.adobe.io';
/** [V] The API key that goes with a token from `aio login` (adobe/aio-cli-plugin-app, CONSOLE_API_KEYS.prod). */
export const DEV_CONSOLE_CLI_API_KEY = 'aio-cli-console-auth';
/** [V] The workspace download (the `aio app use` JSON): GET /console/organizations/{orgId}/projects/{projectId}/workspaces/{workspaceId}/download. */
export function devConsoleDownloadPath(orgId: string, projectId: string, workspaceId: string): string {
  return `/console/organizations/${encodeURIComponent(orgId)}/projects/${encodeURIComponent(projectId)}/workspaces/${encodeURIComponent(workspaceId)}/download`;
}
/** [V] Integration type of an OAuth Web App credential (as the export collector reads it). */
export const OAUTH_WEB_APP_TYPE = 'oauthwebapp';
// ---- real9: the server's version (v8.6 removes native login) ----

/**
 * [V] Builds Adobe's release notes name, and their release: Campaign Classic v7 (campaign-classic.en
 * help/rn/using/release-2022…2025.md, latest-release.md: "Release 7.4.1 - Build 9383", "### Build 9400")
 * and Campaign v8 (campaign.en help/v8/start/release-notes.md: `<!-- BUILD 8.9.2.9829.… -->`). No other
 * v8 build number is public.
 */
export const PUBLISHED_BUILDS: Readonly<Record<string, string>> = {
  '9346': '7.2.1',
  '9349': '7.2.2',
  '9352': '7.3.1',
  '9356': '7.3.2',
  '9359': '7.3.3',
  '9364': '7.3.4',
  '9368': '7.3.5',
  '9383': '7.4.1',
  '9390': '7.4.2',
  '9391': '7.4.2',
  '9394': '7.4.3',
  '9396': '7.4.3',
  '9397': '7.4.3',
  '9398': '7.4.3',
  '9399': '7.4.3',
  '9400': '7.4.4',
  '9829': '8.9.2',
  '9830': '8.9.2',
  '9831': '8.9.2',
};

/**
 * [I] A build from this number on is a v8.6 or later server. Reason: the only v8 build numbers Adobe
 * publishes are 8.9.2's (9829–9831), v7's last published build is 9400, and build numbers grow with
 * time on each line. Below it the version is unknown from the build alone (v8.6's own builds are not
 * public). Verdicts: ims-config (nativeGone…), operators (nativeRemoved).
 */
export const NATIVE_LOGIN_REMOVED_FROM_BUILD = 9829;

/**
 * [I] A package's `buildVersion` is the server's version as Help > About shows it (`8.6`, `8.6.1`).
 * Reason: Adobe says a package's buildVersion and buildNumber "must correspond to the server … shown in
 * the Help/About box" (configuration/adding-additional-sql-functions) and v8's Help > About shows
 * `8.1.5` (v8 start/upgrades); that an export writes it so is not stated, and Adobe's own example export
 * writes "7.1" on a 2013 build. Verdicts: ims-config, operators (a v8.6+ buildVersion).
 */
export const BUILD_VERSION_IS_SERVER_VERSION = true;

/**
 * [I] Live, the server's version is serverInfo's `majNumber.minNumber.servicePack` (acc-js-sdk
 * `client.application.version`), and only a major from 8 names a v8 release. Reason: the SDK documents
 * it with the example `8.2.10`, but its recorded v7 answer (release 20.3, build 9219) reads 6.7.0: a
 * v7 server does not answer its marketing version. Verdicts: ims-config, operators (live).
 */
export const SERVER_VERSION_MIN_V8_MAJOR = 8;

/**
 * [I] On a v8.6+ instance the operators of serverConf's allowOperator list (or, with no serverConf read,
 * Adobe's default list) keep their native logon. Reason: Adobe's v7.4.1 page says these technical
 * operators are allowed by default and must not be modified; the v8.6 page ("native authentication will
 * no longer be allowed") says nothing of them. Verdict: operators (nativeRemoved).
 */
export const NATIVE_REMOVED_KEEPS_ALLOWLIST = true;
