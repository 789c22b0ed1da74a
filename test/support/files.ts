/** Every file Naast wrote under a folder, for tests that must prove some bytes are nowhere on disk. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under a folder, recursively. */
export async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    out.push(...(entry.isDirectory() ? await files(path) : [path]));
  }
  return out;
}
