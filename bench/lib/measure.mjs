// Runs one contender as a child process and measures wall time and peak RSS.
// Peak RSS comes from GNU time (%M, KB) when present, else from a preload that
// only works for Node children (jq then reports no RSS).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';
// BENCH_NO_GNU_TIME=1 forces the fallback (to test it on machines that have GNU time).
const hasGnuTime = fs.existsSync(GNU_TIME) && !process.env.BENCH_NO_GNU_TIME;
const PRELOAD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'report-rss.mjs');

/**
 * cmd: [program, ...args]. Returns { code, seconds, peakRssKb, cpuSeconds, stdout, stderr }.
 * cpuSeconds (user + sys, all threads and children) needs GNU time; it is less
 * disturbed than wall time when other work shares the machine.
 * stdout is kept (baselines print counts there); stderr keeps its last 4 KB.
 */
export function measure(cmd, { cwd, timeoutMs = 60 * 60 * 1000 } = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'marketo-bench-'));
  const rssFile = path.join(tmp, 'rss');
  const env = { ...process.env };
  let argv = cmd;
  if (hasGnuTime) {
    argv = [GNU_TIME, '-f', '%e %M %U %S', '-o', rssFile, ...cmd];
  } else {
    env.BENCH_RSS_FILE = rssFile;
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --import=${PRELOAD}`.trim();
  }
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    let err = '';
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => {
      err = (err + d).slice(-4096);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const finish = (code, error) => {
      clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let peakRssKb = null;
      let cpuSeconds = null;
      try {
        const text = fs.readFileSync(rssFile, 'utf8').trim();
        // GNU time may prepend "Command exited with non-zero status N".
        const f = text.split('\n').pop().trim().split(/\s+/).map(Number);
        if (f.length >= 4) {
          peakRssKb = f[1] || null;
          cpuSeconds = Math.round((f[2] + f[3]) * 100) / 100;
        } else {
          peakRssKb = f[0] || null;
        }
      } catch {
        // No RSS for this child.
      }
      fs.rmSync(tmp, { recursive: true, force: true });
      resolve({
        code,
        seconds,
        peakRssKb,
        cpuSeconds,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: error ? `${err}\n${error.message}` : err,
      });
    };
    child.on('error', (e) => finish(127, e));
    child.on('close', (code, signal) => finish(signal ? 128 : code));
  });
}

export { hasGnuTime };
