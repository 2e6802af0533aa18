import type { CheckResult } from '../model/finding.js';

export const FORMATS = ['text', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  color: boolean;
}

/** Each format renders the one canonical result; none reads a source or decides a status. */
export async function render(format: Format, result: CheckResult, options: RenderOptions): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('./json.js')).renderJson(result);
    case 'text':
      return (await import('./text.js')).renderText(result, options);
  }
}
