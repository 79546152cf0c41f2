import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const autocannonBin = path.resolve(import.meta.dirname, '../node_modules/autocannon/autocannon.js');

export interface LoadResult {
  requestsPerSecond: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Drives `url` from a second process (autocannon) for `seconds` with `connections` clients. */
export async function loadTest(url: string, cookie: string, seconds: number, connections = 10): Promise<LoadResult> {
  const { stdout } = await run(
    process.execPath,
    [
      autocannonBin,
      '--json',
      '--duration',
      String(seconds),
      '--connections',
      String(connections),
      '--headers',
      `cookie=${cookie}`,
      url,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const r = JSON.parse(stdout);
  return { requestsPerSecond: r.requests.average, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
}
