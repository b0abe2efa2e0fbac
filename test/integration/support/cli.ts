import { run as cli } from '../../../tools/cli/tocsin';

/** Runs the admin CLI in this process with --json and returns what it printed, parsed. */
export async function cliJson<T>(args: string[]): Promise<T> {
  const out: string[] = [];
  const log = console.log;
  console.log = (s: unknown) => void out.push(String(s));
  try {
    await cli([...args, '--json']);
  } finally {
    console.log = log;
  }
  return JSON.parse(out.join('\n')) as T;
}
