// One fuzz worker (a child process of run.ts): judges the mutants it is sent, one at a time, and
// answers each with its findings and time, so the parent can stop a worker that hangs.
import '../../../src/polyfills';
import { judge, resolverOf } from './judge';
import { builtinRegimes, mutant, wordsOf } from './mutants';

const regimes = builtinRegimes();
const words = wordsOf(regimes);
const resolve = resolverOf(regimes);

process.on('message', (msg: { seed: number; index: number }) => {
  const m = mutant(regimes, words, msg.seed, msg.index);
  const t0 = performance.now();
  const findings = judge(m, resolve);
  process.send!({ index: msg.index, ms: performance.now() - t0, findings, chars: m.sources.find((s) => s.file === m.file)!.text.length });
});
process.send!({ ready: true });
