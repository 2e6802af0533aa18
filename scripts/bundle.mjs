// Bundles the command-line entry point: one file (plus lazily loaded chunks per command) starts
// in about half the time of the same code spread over hundreds of ES modules.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = 'dist/bin';
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { 'ims-doctor': 'src/cli/main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // jsonc-parser's "main" is UMD, which cannot be bundled; its ESM build can.
  mainFields: ['module', 'main'],
  // CommonJS dependencies bundled into ESM still call require().
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  // Adobe's Campaign SDK is CommonJS and pulls in jsdom (which resolves files at run time): it stays
  // in node_modules and is imported only when an instance is read live.
  external: ['@adobe/acc-js-sdk'],
  logLevel: 'warning',
  // Less text for V8 to parse at every start; names are kept so that an internal error still reads.
  minifyWhitespace: true,
  minifySyntax: true,
});
chmodSync(`${outdir}/ims-doctor.js`, 0o755);

// The page of `ims-doctor serve`: one browser script, served by the server itself (no CDN). It has
// its own tsconfig (the DOM's types, which the Node code must not see), checked here before bundling.
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'src/serve/web/tsconfig.json'], { stdio: 'inherit' });
rmSync('dist/web', { recursive: true, force: true });
await build({
  entryPoints: { app: 'src/serve/web/app.ts' },
  outdir: 'dist/web',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['chrome110', 'firefox110', 'safari16'],
  logLevel: 'warning',
  minify: true,
});
