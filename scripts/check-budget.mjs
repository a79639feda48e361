#!/usr/bin/env node
// Budget gate: the JavaScript of the first screen — the entry chunk, everything it imports
// statically, and the home page chunk with its static imports — must stay within 120 KB gzip.
// Lazily loaded pages (the rule editor above all) do not count. Reads the build's manifest
// (build.manifest in vite.config.ts); exits 1 with the breakdown when over budget.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

export const BUDGET_BYTES = 120 * 1024;
const HOME_PAGE = 'src/ui/pages/home/HomePage.tsx';

/** Files (dist-relative) of the first screen, from a Vite manifest object. */
export function firstScreenFiles(manifest) {
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entryKey) throw new Error('the build manifest has no entry chunk');
  if (!manifest[HOME_PAGE]) throw new Error(`the build manifest has no chunk for ${HOME_PAGE}`);
  const seen = new Set();
  const files = [];
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build manifest refers to a missing chunk: ${key}`);
    if (chunk.file.endsWith('.js') && !files.includes(chunk.file)) files.push(chunk.file);
    for (const k of chunk.imports ?? []) visit(k);
  };
  visit(entryKey);
  visit(HOME_PAGE);
  return files;
}

/** { files: [{ file, gzip }], total } for the build in `distDir`. */
export function measureFirstScreen(distDir = 'dist') {
  const manifestPath = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} not found: run \`vite build\` first (with build.manifest enabled)`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const files = firstScreenFiles(manifest).map((file) => ({
    file,
    gzip: gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length,
  }));
  return { files, total: files.reduce((s, f) => s + f.gzip, 0) };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (resolve(process.argv[1] ?? '') === resolve(new URL(import.meta.url).pathname)) {
  try {
    const { files, total } = measureFirstScreen(process.argv[2] ?? 'dist');
    const lines = files.map((f) => `  ${kb(f.gzip).padStart(9)}  ${f.file}`).join('\n');
    if (total > BUDGET_BYTES) {
      console.error(
        `Budget exceeded: the first screen loads ${kb(total)} of JavaScript (gzip), over the ${kb(BUDGET_BYTES)} budget by ${kb(total - BUDGET_BYTES)}.\n${lines}\n` +
          'Load heavy modules lazily (import() inside a route), as the rule editor does.',
      );
      process.exit(1);
    }
    console.log(`Budget OK: first-screen JavaScript ${kb(total)} gzip of ${kb(BUDGET_BYTES)}.\n${lines}`);
  } catch (e) {
    console.error(`Budget check failed: ${e instanceof Error ? e.message : e}`);
    process.exit(2);
  }
}
