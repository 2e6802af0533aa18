import type { Provenance } from './provenance.js';
import type { AdminConsolePlane, AdminConsoleUser } from './snapshot.js';

/**
 * Where a user of the people plane was read: its line in the CSV export, or for a live read the
 * UMAPI page and its position there (`umapi users page 3, user 17`, pages numbered from 0 as in
 * the URL, users from 1). `field` names the column (CSV) or property (UMAPI), when one matters.
 */
export function adminConsoleUserAt(plane: AdminConsolePlane, user: Pick<AdminConsoleUser, 'line'>, field?: 'email' | 'groups'): Provenance {
  const live = plane.live;
  if (!live) return { file: plane.source, line: user.line, ...(field ? { path: field === 'email' ? 'Email' : 'Product Configurations / User Groups' } : {}) };
  const page = pageOf(live.pageStarts, user.line);
  const position = user.line - (live.pageStarts[page] ?? 1) + 1;
  return { endpoint: `${live.endpoint}/${page}`, path: umapiUserPath(page, position, field), live: true };
}

/** The path of a live user's value: `umapi users page 3, user 17` (`…, groups` for its memberships). */
export function umapiUserPath(page: number, position: number, field?: 'email' | 'groups'): string {
  return `umapi users page ${page}, user ${position}${field === 'groups' ? ', groups' : ''}`;
}

/** The last page whose first line is at or before `line` (binary search: a million users make 5,000 pages). */
function pageOf(starts: readonly number[], line: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= line) low = middle;
    else high = middle - 1;
  }
  return Math.max(low, 0);
}
