#!/usr/bin/env node
// Runs every bench/*.bench.ts in turn (with tsx, one process each, so one bench cannot warm up
// the next) and prints their output. Exit status: 1 if any bench failed.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const dir = 'bench';
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
if (files.length === 0) {
  console.error(`no bench/*.bench.ts${only ? ` matching "${only}"` : ''}`);
  process.exit(1);
}
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f} ===`);
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, f)], { stdio: 'inherit' });
  const took = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    failed++;
    console.log(`--- ${f} FAILED (exit ${r.status ?? r.signal}) after ${took} s`);
  } else {
    console.log(`--- ${f} done in ${took} s`);
  }
}
process.exit(failed ? 1 : 0);
