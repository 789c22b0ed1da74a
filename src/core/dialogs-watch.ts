/**
 * Dialog files changed while Naast runs: a valid tree goes live (through the same versions as the
 * editor), a broken one never does — the running version stays and the error names the file and node.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { Logger } from '../log.js';
import type { Tree } from './tree-schema.js';
import { parseTree, TreeError } from './tree-loader.js';

export interface DialogsWatchTarget {
  fromFile(file: string, tree: Tree): Promise<number | undefined>;
  fileFailed(id: string, message: string): void;
}

/** Editors save in bursts (write, rename, touch): wait until the file is quiet. */
const QUIET_MS = 300;

export function watchDialogs(dir: string, target: DialogsWatchTarget, log: Logger): { close(): void } {
  const timers = new Map<string, NodeJS.Timeout>();
  let watcher: FSWatcher | undefined;

  const load = async (name: string) => {
    const path = join(dir, name);
    const shown = relative(process.cwd(), path) || path;
    const source = await readFile(path, 'utf8').catch(() => undefined);
    // Deleted or renamed away: the running version simply stays.
    if (source === undefined) return;
    try {
      const loaded = parseTree(source, shown);
      const version = await target.fromFile(shown, loaded.tree);
      if (version !== undefined) log.info({ file: shown, tree: loaded.tree.id, version }, 'dialog file changed: published as a new version');
    } catch (err) {
      if (!(err instanceof TreeError)) {
        log.error({ file: shown, err: { message: (err as Error).message } }, 'dialog file change not applied');
        return;
      }
      target.fileFailed(basename(name).replace(/\.(ya?ml|json)$/, ''), err.message);
      log.error({ file: shown, node: err.node }, `dialog file not used, the running version stays: ${err.message}`);
    }
  };

  try {
    watcher = watch(dir, (_event, name) => {
      if (!name || !/\.(ya?ml|json)$/.test(name)) return;
      clearTimeout(timers.get(name));
      timers.set(
        name,
        setTimeout(() => {
          timers.delete(name);
          void load(name);
        }, QUIET_MS),
      );
    });
    watcher.on('error', (err) => log.warn({ dir, err: { message: err.message } }, 'dialog folder no longer watched'));
  } catch (err) {
    // Some file systems cannot be watched: editing then needs a restart, Naast still runs.
    log.warn({ dir, err: { message: (err as Error).message } }, 'dialog folder not watched; changes need a restart');
  }
  return {
    close() {
      for (const t of timers.values()) clearTimeout(t);
      watcher?.close();
    },
  };
}
