#!/usr/bin/env node
// The riskcase command line: TypeScript sources run through tsx, with the polyfills Chevrotain
// needs on Node 20 loaded first.
import { register } from 'tsx/esm/api';

register();
await import('../src/polyfills.ts');
const { main } = await import('../src/cli/main.ts');
await main(process.argv.slice(2));
