import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readWorkspaceConfig } from '../../collectors/workspace-config.js';
import { serveText } from '../../i18n/serve.js';
import { startServer } from '../../serve/server.js';
import { UsageError } from '../exit.js';
import { liveOptionsFrom } from '../live-options.js';
import { resolveLang } from '../options.js';

export interface ServeCliOptions {
  port: string;
  host: string;
  open?: boolean;
  probe?: boolean;
  lang?: string;
}

/**
 * `ims-doctor serve [workspace]`: the web page over the same engine, until Ctrl+C. The first line
 * on stdout is the URL to open (with its access token), so that a script can read it.
 */
export async function runServe(workspace: string, options: ServeCliOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  const port = Number(options.port);
  if (!/^\d+$/.test(options.port) || port > 65535) throw new UsageError(serveText(lang, { id: 'portInvalid', params: { value: options.port } }));
  // A workspace file that cannot be read is a bad input (exit 2) before anything listens.
  await readWorkspaceConfig(workspace);
  const server = await startServer(workspace, { host: options.host, port, probe: options.probe === true, live: liveOptionsFrom({}, lang) });
  process.stdout.write(`${server.url}\n`);
  if (options.host !== '127.0.0.1') process.stderr.write(`ims-doctor: ${serveText(lang, { id: 'hostWarning', params: { host: options.host } })}\n`);
  process.stderr.write(`${serveText(lang, { id: 'listening', params: { workspace } })}\n`);
  if (options.open) openBrowser(server.url, () => process.stderr.write(`ims-doctor: ${serveText(lang, { id: 'openFailed' })}\n`));
  await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  await server.close();
  return 0;
}

/** The platform's opener (a few lines instead of a dependency); the URL is one argument, never parsed by a shell. */
function openBrowser(url: string, failed: () => void): void {
  const [command, ...args] =
    process.platform === 'darwin' ? ['open', url] : process.platform === 'win32' ? ['rundll32', 'url.dll,FileProtocolHandler', url] : ['xdg-open', url];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', failed);
    child.unref();
  } catch {
    failed();
  }
}
