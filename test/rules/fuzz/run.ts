// `npm run fuzz [COUNT] [SEED]`: the parser and checker fuzz at full size (20,000 mutants by
// default) in two worker processes, each mutant with a time limit: a worker that takes longer
// is stopped, the mutant reported as a hang, and a fresh worker carries on. Reports throws,
// hangs, internal errors and misplaced diagnostics, with the mutant's number and edits to replay
// it (`npm run fuzz -- 1 SEED --from INDEX`), and the time figures recorded in FUZZING.md.
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import type { Finding } from './judge';

const args = process.argv.slice(2);
const fromAt = args.indexOf('--from');
const from = fromAt >= 0 ? Number(args.splice(fromAt, 2)[1]) : 0;
const count = Number(args[0] ?? 20_000);
const seed = Number(args[1] ?? 20_261_203);
/** A mutant taking longer than this is a hang (the slowest clean ones take well under a second). */
const LIMIT_MS = 10_000;
const WORKERS = Math.max(1, Math.min(2, availableParallelism()));

interface Answer {
  index: number;
  ms: number;
  chars: number;
  findings: Finding[];
}

const findings: Finding[] = [];
const times: number[] = [];
let next = from;
let done = 0;
const started = Date.now();

function startWorker(): Promise<void> {
  return new Promise((resolve) => {
    const child: ChildProcess = fork(new URL('./child.ts', import.meta.url), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let current = -1;
    let timer: NodeJS.Timeout | undefined;
    const send = () => {
      if (next >= from + count) {
        child.kill();
        return resolve();
      }
      current = next++;
      child.send({ seed, index: current });
      timer = setTimeout(() => {
        findings.push({ kind: 'hang', index: current, file: '?', edits: [], detail: `no answer within ${LIMIT_MS} ms` });
        done++;
        child.removeAllListeners('exit');
        child.kill('SIGKILL');
        startWorker().then(resolve);
      }, LIMIT_MS);
    };
    child.on('message', (m: Answer | { ready: true }) => {
      if ('ready' in m) return send();
      clearTimeout(timer);
      done++;
      times.push(m.ms);
      findings.push(...m.findings);
      if (done % 1000 === 0) console.error(`${done} of ${count} mutants, ${findings.length} findings, ${((Date.now() - started) / 1000).toFixed(0)} s`);
      send();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (current >= 0 && next <= from + count && code !== null && code !== 0) {
        findings.push({ kind: 'throw', index: current, file: '?', edits: [], detail: `the worker died (exit ${code})` });
        done++;
        startWorker().then(resolve);
      }
    });
  });
}

await Promise.all(Array.from({ length: WORKERS }, () => startWorker()));

times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
const by = (k: Finding['kind']) => findings.filter((f) => f.kind === k).length;
console.log(`parser and checker fuzz: ${done} mutants (seed ${seed}, from ${from}), ${WORKERS} workers, ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`time per mutant: median ${q(0.5).toFixed(1)} ms, 99th percentile ${q(0.99).toFixed(1)} ms, slowest ${q(1).toFixed(1)} ms (limit ${LIMIT_MS} ms)`);
console.log(`throws ${by('throw')}, hangs ${by('hang')}, internal errors ${by('internal')}, bad positions ${by('position')}`);
for (const f of findings.slice(0, 50)) console.log(`  #${f.index} ${f.kind} ${f.file} [${f.edits.join('; ')}]\n      ${f.detail.split('\n')[0]}`);
process.exit(findings.length ? 1 : 0);
