// A bounded load test of perftargets serve on loopback: N concurrent clients send validate requests of one document
// until the total is reached, optionally with a share of malformed bodies mixed in. No dependencies beyond Node 20.
//
//   perftargets serve --urls http://127.0.0.1:5099 &
//   node benchmarks/serve-load/load.mjs --url http://127.0.0.1:5099 --file samples/guanting-2024.txt \
//        [--clients 16] [--requests 10000] [--malformed 0.01] [--pid SERVER_PID]
//
// Prints requests per second, p50/p99 latency, the statuses, and (with --pid) the server's resident memory after each
// thousand requests, as Markdown. An error is a transport failure or a status other than 200.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const url = args.url ?? 'http://127.0.0.1:5099';
const file = args.file ?? 'samples/guanting-2024.txt';
const clients = Number(args.clients ?? 16);
const total = Number(args.requests ?? 10000);
const malformed = Number(args.malformed ?? 0);
const pid = args.pid;
const content = readFileSync(file);
const name = basename(file);

function body(i) {
  // Every 1/malformed-th request is a truncated, corrupted JSON document.
  if (malformed > 0 && i % Math.round(1 / malformed) === 0) {
    return { bytes: Buffer.concat([Buffer.from('{"schemaVersion": "1.0", "projects": [{"name": '), content.subarray(0, 200)]), filename: 'broken.json' };
  }
  return { bytes: content, filename: name };
}

function rss() {
  if (!pid) return null;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  return match ? Math.round(Number(match[1]) / 1024) : null;
}

const latencies = [];
const statuses = new Map();
let errors = 0;
let next = 0;
const memory = [];
const started = performance.now();

async function client() {
  for (;;) {
    const i = next++;
    if (i >= total) return;
    const { bytes, filename } = body(i);
    const t0 = performance.now();
    try {
      const response = await fetch(`${url}/api/validate?filename=${encodeURIComponent(filename)}`, { method: 'POST', body: bytes });
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status !== 200) errors++;
    } catch (error) {
      errors++;
      statuses.set('transport', (statuses.get('transport') ?? 0) + 1);
    }
    latencies.push(performance.now() - t0);
    if ((i + 1) % 1000 === 0) memory.push([i + 1, rss()]);
  }
}

await Promise.all(Array.from({ length: clients }, client));
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
console.log(`| clients | requests | malformed | errors | req/s | p50 ms | p99 ms | statuses |`);
console.log(`|---|---|---|---|---|---|---|---|`);
console.log(`| ${clients} | ${total} | ${malformed * 100}% | ${errors} | ${(total / seconds).toFixed(0)} | ${at(0.5)} | ${at(0.99)} | ${[...statuses].map(([s, n]) => `${s}: ${n}`).join(', ')} |`);
if (pid) {
  console.log('');
  console.log('server resident memory (MB) after each thousand requests: ' + memory.map(([n, mb]) => `${n}: ${mb}`).join(', '));
}
process.exitCode = errors === 0 ? 0 : 1;
