/**
 * The eduwatch_top FTS5 function (store/native/eduwatch_fts5.c), which lets `eduwatch search` rank
 * the commonest words without scoring every match: bm25 reads each scored row's column sizes (a
 * b-tree lookup in documents_fts_docsize per row, two thirds of the search's time at 1M documents),
 * and eduwatch_top skips the rows whose score provably cannot reach the requested page, so bm25 runs
 * on those that can. Results are bm25's own, rows, order and scores unchanged.
 *
 * The function is a SQLite loadable extension, compiled from its C source with the system C
 * compiler (`$CC`, else `cc`) against the SQLite headers better-sqlite3 ships, the first time a
 * search needs it, into dist/native/ (named by a hash of the source, the headers and the platform,
 * a folder per hash, so a changed source is rebuilt). Where it cannot be built or loaded (no compiler, a read-only
 * install, Windows) or EDUWATCH_NO_NATIVE=1 is set, search scores every match with bm25 as before:
 * slower, the same results.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { projectRoot } from '../extractors/_data.js';
import type { DB } from './db.js';

let library: string | null | undefined;
const loaded = new WeakMap<DB, boolean>();

/** The compiled extension's path, building it if needed; null when it cannot be built here. */
export function topLibrary(): string | null {
  if (library !== undefined) return library;
  library = null;
  if (process.platform === 'win32' || process.env.EDUWATCH_NO_NATIVE === '1') return null;
  try {
    const source = join(projectRoot(), 'store', 'native', 'eduwatch_fts5.c');
    const include = join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'deps', 'sqlite3');
    const hash = createHash('sha256')
      .update(readFileSync(source))
      .update(readFileSync(join(include, 'sqlite3.h')))
      .update(readFileSync(join(include, 'sqlite3ext.h')))
      .update(`${process.platform} ${process.arch}`)
      .digest('hex')
      .slice(0, 12);
    // SQLite finds the entry point by the file's name (eduwatch_fts5 → sqlite3_eduwatchfts_init), so the hash names the folder.
    const dir = join(projectRoot(), 'dist', 'native', hash);
    const file = join(dir, `eduwatch_fts5${process.platform === 'darwin' ? '.dylib' : '.so'}`);
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      // Built under a name of its own and renamed into place, so processes building at once never load a half-written file.
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        execFileSync(process.env.CC || 'cc', ['-O2', '-fPIC', '-shared', '-I', include, source, '-o', tmp, '-lm'], { stdio: 'ignore', timeout: 120_000 });
        renameSync(tmp, file);
      } finally {
        rmSync(tmp, { force: true });
      }
    }
    library = file;
  } catch {
    library = null;
  }
  return library;
}

/** Make eduwatch_top available on this connection; false when it cannot be (search then scores every match). */
export function loadTopFunction(db: DB): boolean {
  const known = loaded.get(db);
  if (known !== undefined) return known;
  const file = topLibrary();
  let ok = false;
  if (file) {
    try {
      db.loadExtension(file);
      ok = true;
    } catch {
      ok = false;
    }
  }
  loaded.set(db, ok);
  return ok;
}
