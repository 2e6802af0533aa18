/**
 * Which Campaign release an instance runs, from what its snapshot holds, and whether that release
 * still allows native (login and password) logons. The facts and their certainty: facts.ts.
 */
import type { CampaignPlane } from '../model/snapshot.js';
import type { Provenance } from '../model/provenance.js';
import { NATIVE_LOGIN_REMOVED_FROM_BUILD, NATIVE_LOGIN_REMOVED_IN, PUBLISHED_BUILDS, SERVER_VERSION_MIN_V8_MAJOR } from './facts.js';

/** How the release was told: the server's own version, a published build, or a build past the threshold. */
export type ReleaseBasis = 'version' | 'publishedBuild' | 'buildFloor';

export interface CampaignRelease {
  /** `8.6.1`, `8.6`, or, from a build past the threshold, the threshold's release (`8.6`). */
  release: string;
  basis: ReleaseBasis;
  /** The value read (a version or a build number) and where. */
  written: string;
  at: Provenance;
}

/** `8.6.1` → [8, 6, 1]; undefined when the text is not a dotted version. */
function parts(version: string): number[] | undefined {
  const match = /^\s*v?(\d+)\.(\d+)(?:\.(\d+))?/i.exec(version);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : undefined;
}

/** a >= b, comparing dotted versions. */
export function versionAtLeast(a: string, b: string): boolean {
  const [x, y] = [parts(a), parts(b)];
  if (!x || !y) return false;
  for (let index = 0; index < 3; index++) if (x[index] !== y[index]) return x[index]! > y[index]!;
  return true;
}

/** The release the plane's server runs, when its version or build tells. */
export function campaignRelease(plane: CampaignPlane): CampaignRelease | undefined {
  const version = plane.version;
  const major = version ? parts(version.value)?.[0] : undefined;
  // A live v7 answers its internal version (6.7.0): only a v8 major names a release.
  if (version && major !== undefined && (major >= SERVER_VERSION_MIN_V8_MAJOR || !plane.live))
    return { release: version.value.trim().replace(/^v/i, ''), basis: 'version', written: version.value, at: version.at };
  const build = plane.buildNumber;
  if (!build) return undefined;
  const number = build.value.trim();
  const published = PUBLISHED_BUILDS[number];
  if (published) return { release: published, basis: 'publishedBuild', written: number, at: build.at };
  if (/^\d+$/.test(number) && Number(number) >= NATIVE_LOGIN_REMOVED_FROM_BUILD)
    return { release: NATIVE_LOGIN_REMOVED_IN, basis: 'buildFloor', written: number, at: build.at };
  return undefined;
}

/** The release when it no longer allows native logons (v8.6 and later), else undefined. */
export function nativeLoginRemoved(plane: CampaignPlane | undefined): CampaignRelease | undefined {
  const release = plane && campaignRelease(plane);
  return release && versionAtLeast(release.release, NATIVE_LOGIN_REMOVED_IN) ? release : undefined;
}
