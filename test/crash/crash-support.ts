/** What the crash tests share: a seeded random sequence, and a reader of every store file. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A seeded sequence (mulberry32, the one training uses), so a failing run can be repeated. */
export { seeded as random } from '../../src/nlu/linear-model.js';

/** Every complete line of every store file, parsed; what does not parse is named. */
export async function unreadableStoreFiles(db: string): Promise<string[]> {
  const bad: string[] = [];
  for (const name of await readdir(db)) {
    if (name.includes('.corrupt-')) bad.push(`${name} (kept aside as damaged)`);
    if (name.endsWith('.tmp')) continue;
    const text = await readFile(join(db, name), 'utf8');
    if (name.endsWith('.json')) {
      try {
        JSON.parse(text);
      } catch {
        bad.push(name);
      }
    } else if (/\.journal(\.\d+)?$/.test(name)) {
      const whole = text.slice(0, text.lastIndexOf('\n') + 1);
      for (const [i, line] of whole.split('\n').slice(0, -1).entries()) {
        try {
          JSON.parse(line);
        } catch {
          bad.push(`${name} line ${i + 1}`);
        }
      }
    }
  }
  return bad;
}
