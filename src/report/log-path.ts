import path from 'node:path';

/**
 * A log file's path (as named from `cwd`, where the tool ran) relative to
 * `root` with forward slashes, when the file lies inside it; undefined for
 * stdin, a file outside `root`, or no root. CI tools show results on files
 * of the checkout only.
 */
export function pathInside(root: string | undefined, file: string, cwd = root): string | undefined {
  if (!root || !cwd || file === '' || file === '<stdin>' || file === '-') return undefined;
  const relative = path.relative(root, path.resolve(cwd, file));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}
