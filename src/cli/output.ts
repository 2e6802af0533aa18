import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { closest } from '../domain/similarity.js';
import type { Lang } from '../i18n/lang.js';
import { uiText } from '../i18n/ui.js';
import type { CheckResult } from '../model/finding.js';
import { FILE_NAMES, FORMATS, render, type Format } from '../reporters/index.js';
import { UsageError } from './exit.js';
import { writeFilesSafely } from './safe-write.js';
import { interactiveDefault, useColor } from './options.js';

export interface OutputOptions {
  /** `--format`: one format, a comma-separated list, or (repeated) several. */
  format?: string | string[];
  /** `--output FILE`: one format into one file. */
  output?: string;
  /** `--output-dir DIR`: one file per format (report.txt, report.json, report.html, …). */
  outputDir?: string;
  /** `-v/--verbose`: the text report details passes and skips too. */
  verbose?: boolean;
}

/** Where one format goes: a file, or standard output (null). */
export interface OutputTarget {
  format: Format;
  file: string | null;
}

/** What people type for the formats whose names are longer. */
const ALIASES: Record<string, Format> = { md: 'markdown', txt: 'text' };

const EXTENSIONS: [RegExp, Format][] = [
  [/\.sarif(\.json)?$/i, 'sarif'],
  [/\.json$/i, 'json'],
  [/\.html?$/i, 'html'],
  [/\.xml$/i, 'junit'],
  [/\.(md|markdown)$/i, 'markdown'],
  [/\.txt$/i, 'text'],
];

/**
 * Turns --format, --output and --output-dir into targets, or a usage error (exit 2) before any
 * work is done:
 * - nothing given: text at a terminal, json when piped, on standard output;
 * - a list of formats needs --output-dir (standard output takes one);
 * - --output-dir without --format writes every format;
 * - --output takes one format, from --format or else from the file's extension; `-` is standard output;
 * - --output and --output-dir exclude each other.
 */
export function planOutput(options: OutputOptions, lang: Lang): OutputTarget[] {
  const formats = parseFormats(options.format, lang);
  if (options.output !== undefined && options.outputDir !== undefined) throw new UsageError(uiText(lang, { id: 'outputAndDir' }));
  if (options.outputDir !== undefined) {
    const dir = options.outputDir;
    return (formats.length > 0 ? formats : [...FORMATS]).map((format) => ({ format, file: path.join(dir, FILE_NAMES[format]) }));
  }
  if (options.output !== undefined) {
    if (formats.length > 1) throw new UsageError(uiText(lang, { id: 'outputOneFormat', params: { count: formats.length, formats } }));
    const file = options.output === '-' ? null : options.output;
    const format = formats[0] ?? (file === null ? interactiveDefault() : formatOfFile(file, lang));
    return [{ format, file }];
  }
  if (formats.length > 1) throw new UsageError(uiText(lang, { id: 'formatListNeedsDir', params: { count: formats.length, formats } }));
  return [{ format: formats[0] ?? interactiveDefault(), file: null }];
}

/**
 * Writes the result in the formats asked for. Reporters render; they never decide. Files go
 * through safeWrite: never onto one of `inputs` (the files the run read), never through a link,
 * atomically, and a set from --output-dir all or none.
 */
export async function writeResult(result: CheckResult, options: OutputOptions, inputs: readonly string[] = []): Promise<void> {
  const targets = planOutput(options, result.lang);
  // The directory relative paths in the result start from, for SARIF viewers to find the files.
  const baseUri = pathToFileURL(process.cwd() + path.sep).href;
  // Everything is rendered before anything is written: a set of reports is never half new.
  const rendered = await Promise.all(
    targets.map(async (target) => ({
      ...target,
      content: await render(target.format, result, { color: target.file === null && useColor(), baseUri, verbose: options.verbose === true }),
    })),
  );
  const files = rendered.flatMap(({ file, content }) => (file === null ? [] : [{ file, content }]));
  await writeFilesSafely(files, { inputs, lang: result.lang, makeFolders: true });
  for (const { file, content } of rendered) if (file === null) process.stdout.write(content);
}

function parseFormats(value: string | string[] | undefined, lang: Lang): Format[] {
  if (value === undefined) return [];
  const names = (Array.isArray(value) ? value : [value])
    .flatMap((item) => item.split(','))
    .map((item) => item.trim().toLowerCase())
    .map((item) => ALIASES[item] ?? item);
  const formats: Format[] = [];
  for (const name of names) {
    if (!(FORMATS as readonly string[]).includes(name)) {
      const near = name ? closest(name, [...FORMATS], 3) : undefined;
      throw new UsageError(uiText(lang, { id: 'unknownFormat', params: { format: name, suggestion: near?.value ?? null, known: [...FORMATS] } }));
    }
    if (!formats.includes(name as Format)) formats.push(name as Format);
  }
  return formats;
}

function formatOfFile(file: string, lang: Lang): Format {
  const match = EXTENSIONS.find(([pattern]) => pattern.test(file));
  if (!match) throw new UsageError(uiText(lang, { id: 'formatFromExtension', params: { file, known: [...FORMATS] } }));
  return match[1];
}
