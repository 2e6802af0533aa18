import type { CheckResult } from '../model/finding.js';

export const FORMATS = ['text', 'json', 'html', 'sarif', 'junit', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/** The file each format is written to under `--output-dir`. */
export const FILE_NAMES: Record<Format, string> = {
  text: 'report.txt',
  json: 'report.json',
  html: 'report.html',
  sarif: 'report.sarif',
  junit: 'report.xml',
  markdown: 'report.md',
};

export interface RenderOptions {
  /** ANSI colours (text only); never when writing to a file. */
  color: boolean;
  /** Text only: details of passes and skips too (`-v`). */
  verbose?: boolean;
  /** Text only: columns to wrap to (default: the terminal's, else COLUMNS, else 100). */
  width?: number;
  /**
   * SARIF only: absolute `file:` URI (ending in `/`) of the directory relative file paths in the
   * result start from, recorded as the `SRCROOT` base so viewers can open the files.
   */
  baseUri?: string;
}

/** Each format renders the one canonical result; none reads a source or decides a status. */
export async function render(format: Format, result: CheckResult, options: RenderOptions): Promise<string> {
  // A fleet opens with its table, and SARIF and JUnit split it by workspace (src/reporters/fleet.ts).
  if (result.workspaces && format !== 'json') return (await import('./fleet.js')).renderFleet(format, result, options);
  // Loaded when asked for, so that start-up does not pay for formats nobody asked for.
  switch (format) {
    case 'json':
      return (await import('./json.js')).renderJson(result);
    case 'text':
      return (await import('./text.js')).renderText(result, options);
    case 'html':
      return (await import('./html.js')).renderHtml(result);
    case 'sarif':
      return (await import('./sarif.js')).renderSarif(result, options);
    case 'junit':
      return (await import('./junit.js')).renderJunit(result);
    case 'markdown':
      return (await import('./markdown.js')).renderMarkdown(result);
  }
}
