import type { AsSent } from './as-sent.js';
import type { InstanceProbes } from './probes.js';
import type { Provenance, Sourced } from './provenance.js';
import type { SecretRef } from './secret.js';

export const SNAPSHOT_SCHEMA_VERSION = 1;

export type InstanceRole = 'production' | 'stage' | 'development';

/**
 * What went wrong with a source, as data: the id of an entry of the problems catalogue
 * (i18n/problems.ts) and its parameters. Sentences are made from it at the edge, in each language.
 */
export interface ProblemFact {
  id: string;
  params?: Record<string, unknown>;
}

/** A problem with one input source, with its position. */
export interface SourceProblem {
  file: string;
  line?: number;
  column?: number;
  problem: ProblemFact;
}

/** Why a plane was not read: the workspace does not name its source. */
export type AbsentReason = 'serverConfNotConfigured' | 'imsNotConfigured' | 'adminConsoleNotConfigured';

/** A plane read from one source: read, not configured, or unreadable (with why). */
export type PlaneResult<T> = { state: 'ok'; data: T } | { state: 'absent'; reason: AbsentReason } | { state: 'error'; problem: SourceProblem };

export interface ExternalAccount {
  at: Provenance;
  name: Sourced<string>;
  label: Sourced<string>;
  type: Sourced<string>;
  active: Sourced<boolean>;
  imsServer: Sourced<string>;
  clientId: Sourced<string>;
  clientSecret: Sourced<SecretRef>;
  callbackServer: Sourced<string>;
  imsOrgId: Sourced<string>;
  imsRightsMask: Sourced<string>;
  userScope: Sourced<string>;
  /** undefined when the attribute is absent (the field is not shown on this build). */
  productContext: Sourced<string> | undefined;
  server: Sourced<string>;
  tenant: Sourced<string>;
  lastModified: Sourced<string> | undefined;
  /** True when the record carries any IMS field: how the MAC kind is recognised offline. */
  carriesImsFields: boolean;
  /** Live only: the label of the type value in the server's type enumeration. */
  typeLabel?: string;
  // ---- i9a ----
  /** IMS-like attributes of the record that ims-doctor does not know (a hand-made export), each with the known name it probably meant. */
  unrecognised?: UnrecognisedAttribute[];
}

/** An attribute of an account record that looks like an IMS setting but has no known name. */
export interface UnrecognisedAttribute {
  attribute: string;
  /** The known attribute it probably meant (did-you-mean), or null when none is close. */
  meant: string | null;
  at: Provenance;
}

export interface OperatorGroup {
  name: Sourced<string>;
  label: string;
}

export interface Operator {
  name: Sourced<string>;
  label: string;
  authenticationType: string;
  groups: string[];
}

export interface CampaignPlane {
  source: string;
  buildNumber: Sourced<string> | undefined;
  externalAccounts: ExternalAccount[];
  groups: OperatorGroup[];
  operators: Operator[];
  /** Present when the plane was read live over SOAP. */
  live?: CampaignLiveInfo;
}

/** What a live read learnt besides the records. */
export interface CampaignLiveInfo {
  endpoint: string;
  /** The MAC type value resolved from the server's `type` enumeration of nms:extAccount. */
  macType: Sourced<string> | undefined;
  /** Whether nms:extAccount has a productContext attribute on this build (the field is build-dependent). */
  productContextField: boolean;
  /** `instance` attribute of /r/test, when the server answered it. */
  instanceName: string | undefined;
}

export interface UrlPermissionEntry {
  dnsSuffix: string;
  urlRegEx: string;
  at: Provenance;
}

export interface ServerConfPlane {
  source: string;
  urlPermissionAction: Sourced<string>;
  urlPermissions: UrlPermissionEntry[];
  redirectionImsOrgId: Sourced<string> | undefined;
  authImsEndpoint: Sourced<string> | undefined;
}

/** A field on which the IMS client file and the Developer Console export disagree. */
export interface ImsConflict {
  field: 'orgId' | 'clientId' | 'clientSecret' | 'redirectUriPatterns' | 'defaultRedirectUri';
  client: Sourced<string>;
  console: Sourced<string>;
}

export interface ImsPlane {
  sources: string[];
  endpoint: Sourced<string> | undefined;
  orgId: Sourced<string> | undefined;
  clientId: Sourced<string> | undefined;
  clientSecret: Sourced<SecretRef> | undefined;
  scopes: Sourced<string>[] | undefined;
  /** The scope text as written, to point at separators and spaces. */
  scopesRaw: Sourced<string> | undefined;
  redirectUriPatterns: Sourced<string>[] | undefined;
  defaultRedirectUri: Sourced<string> | undefined;
  productContext: Sourced<string> | undefined;
  conflicts: ImsConflict[];
}

export interface AdminConsoleUser {
  email: string;
  /** Empty when the same as the email (as it mostly is) or absent. */
  username: string;
  line: number;
  /** Indexes into `AdminConsolePlane.profiles`; users with the same profiles share one array (treat as read-only). */
  profiles: number[];
}

export interface AdminConsoleProfile {
  name: string;
  /** Where the name was first seen. */
  at: Provenance;
  userCount: number;
}

export interface AdminConsolePlane {
  source: string;
  userCount: number;
  profiles: AdminConsoleProfile[];
  users: AdminConsoleUser[];
  /** Present when the plane was read live from the User Management API (UMAPI). */
  live?: AdminConsoleLiveInfo;
}

/**
 * What a live UMAPI read learnt besides the users. A live user's `line` is its 1-based position in
 * the whole listing; `pageStarts` turns it back into page and position (model/admin-console-at.ts).
 */
export interface AdminConsoleLiveInfo {
  /** The users listing, without its page number: `{base}/users/{orgId}`. */
  endpoint: string;
  /**
   * The groups listing read to tell user groups (the plane's `userGroups`) from product profiles:
   * `{base}/groups/{orgId}`. Read with directOnly=false, a user's profiles already include those
   * its user groups carry: no mapping is needed.
   */
  groupsEndpoint: string;
  orgId: string;
  /** `line` of the first user of each users page, page 0 first. */
  pageStarts: number[];
  /** Indexes into `profiles` of the names the groups listing does not hold at all. */
  unlisted: number[];
}

export interface InstanceSnapshot {
  name: string;
  role: InstanceRole;
  at: Provenance;
  accessUrl: Sourced<string>;
  serverStartedAt: Sourced<string> | undefined;
  campaign: PlaneResult<CampaignPlane>;
  serverConf: PlaneResult<ServerConfPlane>;
  ims: PlaneResult<ImsPlane>;
  /** Live IMS observations (`--probe`); absent when no probe ran. */
  probes?: InstanceProbes;
  /** What a browser recording shows was really sent to IMS for this instance (`har` with a workspace); absent otherwise. */
  asSent?: AsSent;
}

export interface Suppression {
  rule: string;
  instance: string | undefined;
  reason: string;
  by: 'workspace' | 'command-line';
  at: Provenance | undefined;
}

/** Everything collected, serialisable as JSON, secrets already reduced to fingerprints. */
export interface Snapshot {
  schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION;
  collectedAt: string;
  workspace: { file: string; suppressions: Suppression[] };
  instances: InstanceSnapshot[];
  adminConsole: PlaneResult<AdminConsolePlane>;
  /** Every unreadable source once, for the report and the exit code. */
  problems: SourceProblem[];
}

// ---- i9b: serverConf lists and imsConfig, operators' state, credential kinds, user groups ----

/** `shared > imsConfig > nonIMSAuthnAPI` of serverConf (v7.4.1+): native API logons refused except for the operators listed. */
export interface ImsConfigFacts {
  at: Provenance;
  /** `@disableAPI` as written; undefined when not written (native logons allowed). */
  disableApi: Sourced<string> | undefined;
  /** `allowOperator/@name`, in order. */
  allowOperators: Sourced<string>[];
}

export interface ServerConfPlane {
  /** Every file read, in order (serverConf.xml, then config-<instance>.xml): a later file's value wins. */
  files?: string[];
  /** `shared > imsConfig`, from the file whose element won; undefined when no file has one. */
  imsConfig?: ImsConfigFacts;
  /** Where `shared > ims @authIMSTAPrivateKey` is written (a JWT technical account). Its value is a secret and never kept. */
  jwtPrivateKeyAt?: Provenance;
}

export interface Operator {
  /** The operator's "Account disabled" state; undefined when not written (enabled). */
  disabled?: Sourced<boolean>;
  /** `@email`, when written (an IMS operator's name is its e-mail). */
  email?: Sourced<string>;
}

/** One credential of a Developer Console project export. */
export interface ConsoleCredential {
  name: string;
  /** `integration_type` as written: oauthwebapp, oauth_server_to_server, service / entp (JWT)… */
  kind: Sourced<string>;
  /** The technical account e-mail of a server-to-server (or JWT) credential. */
  technicalAccountEmail: Sourced<string> | undefined;
}

export interface ImsPlane {
  /** Every credential of the Developer Console export; undefined without one. */
  credentials?: ConsoleCredential[];
}

/** Where the instance is read live, and how ims-doctor logs on (ims-config judges a password logon). */
export interface LiveLogon {
  user: string | undefined;
  tokenEnv: string | undefined;
  at: Provenance;
}

export interface InstanceSnapshot {
  liveLogon?: LiveLogon;
}

export interface AdminConsoleUser {
  /** Indexes into `AdminConsolePlane.userGroups` (the "User Groups" column): groups that carry profiles, never profiles. */
  userGroups?: number[];
}

/** A user group and the product profiles it carries, as the workspace maps them. */
export interface UserGroupMapping {
  group: string;
  profiles: string[];
  at: Provenance;
}

export interface AdminConsolePlane {
  /** Distinct names of the "User Groups" column. */
  userGroups?: AdminConsoleProfile[];
  /** The workspace's mapping of user groups to profiles (adminConsole.userGroups); undefined without one. */
  userGroupMapping?: { source: string; groups: UserGroupMapping[] };
}

export interface AdminConsoleUser {
  /** First and last name, kept only when one person is looked up (`explain "Kim Minji"`), so that a full run holds no names. */
  firstName?: string;
  lastName?: string;
}

export interface ImsPlane {
  /**
   * Set when the Developer Console export holds no OAuth Web App credential (a project with only
   * server-to-server or JWT credentials is a real export): the rules on the login's client skip.
   */
  noWebApp?: { file: string; at: Provenance; kinds: string[] };
}

// ---- real9: the server's version ----

export interface CampaignPlane {
  /**
   * The server's version: a package's `package/@buildVersion` (as Help > About shows it), or live,
   * serverInfo's `majNumber.minNumber.servicePack` (a v7 server answers its internal 6.x there).
   */
  version?: Sourced<string>;
}
