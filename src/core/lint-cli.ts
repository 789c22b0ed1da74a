import { loadConfig } from '../config.js';
import { loadTrees, TreeError } from './tree-loader.js';

/** `npm run lint:trees`: checks every dialog tree as start-up would, and says which are fine. */
try {
  const trees = await loadTrees(loadConfig().dialogsDir);
  for (const t of trees.values()) process.stdout.write(`${t.file}: ok (${t.tree.nodes.length} nodes, version ${t.version})\n`);
} catch (err) {
  if (!(err instanceof TreeError)) throw err;
  for (const issue of err.issues) process.stderr.write(`${err.file}: node '${issue.node}': ${issue.message}\n`);
  process.exit(1);
}
