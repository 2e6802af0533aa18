import type { MessageRef } from '../i18n/catalogue.js';
import type { FIX } from '../i18n/fix.js';
import type { Status } from '../model/finding.js';
import type { Provenance } from '../model/provenance.js';

/**
 * A change plan as data (issue 13): what to change where, which rules it fixes, what else it
 * touches, in which order, and what a check would say once every change is made. Sentences are
 * made from it at the edge (render.ts, through the FIX catalogue).
 */

export type FixMessage = MessageRef<typeof FIX>;

/** The system a change is made in. */
export type Plane = 'campaign' | 'serverConf' | 'adminConsole' | 'ims';

/** What is changed, inside its plane. */
export type ChangeRecord =
  /** An `nms:extAccount` record; target = its internal name. */
  | 'extAccount'
  /** An `xtk:group` (operator group); target = its internal name. */
  | 'operatorGroup'
  /** serverConf `urlPermission`; target = the serverConf file. */
  | 'urlPermission'
  /** serverConf `web > redirection`; target = the serverConf file. */
  | 'redirection'
  /** An Admin Console product profile; target = its name. */
  | 'profile'
  /** The IMS client provisioned for the instance; target = its client ID (or the instance when unknown). */
  | 'imsClient'
  /** The Campaign server of the instance; target = the instance. */
  | 'server';

export type ChangeOp = 'set' | 'delete' | 'add' | 'rename' | 'addMembers' | 'restart';

/** How a change reaches its system: a Campaign package to import, a patch of serverConf, or steps for a person. */
export type ApplyWith = 'package' | 'patch' | 'steps';

/** A urlPermission entry to add. */
export interface UrlEntryValue {
  dnsSuffix: string;
  urlRegEx: string;
}

/** A value before or after a change: a field's text, the people added, an entry, or nothing (absent). */
export type ChangeValue = string | string[] | UrlEntryValue | null;

/** A change as a fixer proposes it; the planner gives it its id, order and the rules it fixes. */
export interface ChangeDraft {
  plane: Plane;
  record: ChangeRecord;
  op: ChangeOp;
  /** null for nothing instance-bound (none today: Admin Console changes name the instance whose login they fix). */
  instance: string | null;
  target: string;
  field: string;
  from: ChangeValue;
  to: ChangeValue;
  /** Where `from` was read (null when it is absent from every source). */
  at: Provenance | null;
  applyWith: ApplyWith;
  /** What else the change touches, beside what it fixes. */
  risk: FixMessage[];
}

/** What fewer of makes a change "touch less". Compared in this order. */
export interface Cost {
  /** Records changed (an account, a profile, a group, a serverConf entry); each person added to a profile counts one. */
  records: number;
  /** People whose operator groups change on some instance. */
  people: number;
  /** Lower is preferred on a tie: what ims-doctor can write as a file and prove first (see plan.ts PLANE_PREFERENCE). */
  preference: number;
}

/** The competing fix the plan did not pick, and why. */
export interface Alternative {
  changes: ChangeDraft[];
  cost: Cost;
  why: 'touchesMore' | 'morePeople' | 'preference' | 'breaks';
}

export interface Change extends ChangeDraft {
  /** Stable and readable: `<instance>:<record>:<target>:<field>`. */
  id: string;
  /** 1-based position in the order to apply the changes (restart last). */
  order: number;
  /** Rule ids whose findings this change answers. */
  fixes: string[];
  /** For a restart: the ids of the changes it makes effective. */
  requiredBy: string[];
  alternative: Alternative | null;
}

/** A finding the plan leaves as it is, and why. */
export interface Unaddressed {
  rule: string;
  instance: string | null;
  messageId: string;
  status: Status;
  reason: FixMessage;
}

/** A finding as a check would give it once the plan is applied. */
export interface PredictedFinding {
  rule: string;
  instance: string | null;
  status: Status;
  messageId: string;
  suppressed: boolean;
}

/** One person's operator groups on one instance, before and after. */
export interface AccessChange {
  person: string;
  instance: string;
  before: string[];
  after: string[];
  gained: string[];
  lost: string[];
}

/** Why a plan (or a what-if) is refused. */
export interface Rejection {
  reason: FixMessage;
}

export interface FixPlan {
  schemaVersion: 1;
  kind: 'ims-doctor-fix-plan';
  tool: { name: 'ims-doctor'; version: string };
  workspace: string;
  createdAt: string;
  changes: Change[];
  unaddressed: Unaddressed[];
  predicted: PredictedFinding[];
  access: AccessChange[];
  /** People × instances whose groups stay the same (not listed, a million users would not fit). */
  accessUnchanged: number;
  /** Rejected (exit 3) when a change makes another rule fail or removes access no finding called wrong. */
  accepted: boolean;
  rejections: Rejection[];
}
