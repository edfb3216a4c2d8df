/**
 * Results of `npm run bench` go to bench/results/latest.json: run.ts starts the file, the later
 * parts add their section to it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

export function recordResult(section: string, summary: unknown): void {
  mkdirSync(new URL('../../bench/results/', import.meta.url), { recursive: true });
  const file = new URL('../../bench/results/latest.json', import.meta.url);
  let previous: Record<string, unknown>;
  try {
    previous = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    previous = {};
  }
  writeFileSync(file, `${JSON.stringify({ ...previous, [section]: summary }, null, 2)}\n`);
  process.stdout.write(`\n${JSON.stringify(summary, null, 2)}\n`);
}
