import type { FixPlan } from '../../fix/types.js';
import type { Lang } from '../../i18n/lang.js';
import { uiText } from '../../i18n/ui.js';
import type { Snapshot } from '../../model/snapshot.js';
import { EXIT } from '../exit.js';

/** A stand-in until `fix --apply` is merged (its own engineer writes the real module under this name and signature). */
export function runFixApply(input: { workspace: string; plan: FixPlan; snapshot: Snapshot; outputDir: string; lang: Lang; yes: boolean }): Promise<number> {
  process.stderr.write(`ims-doctor: ${uiText(input.lang, { id: 'fixApplyUnavailable' })}\n`);
  return Promise.resolve(EXIT.badInput);
}
