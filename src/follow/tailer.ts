import { type FSWatcher, type Stats, watch } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** Where a followed file was left: its inode and the byte offset read up to. */
export interface TailPosition {
  ino: number;
  offset: number;
}

/** What happened to the file behind the name, beyond new bytes. */
export type TailEvent = 'waiting' | 'appeared' | 'rotated' | 'truncated';

export interface TailHooks {
  /** Bytes appended; `offset` is where `chunk` starts in the file. */
  data(chunk: Buffer, offset: number): void;
  /** 'rotated' and 'truncated' come after every byte of the old content was handed over. */
  event(event: TailEvent): void;
  /** A read failed for another reason than a missing file (an errno code such as EACCES); the tailer keeps trying. */
  problem(code: string): void;
}

export interface TailOptions {
  /** The slow poll that backs fs.watch up (network file systems, missed events). */
  pollMs: number;
  /** Resume here when the file still has this inode and is at least this long. */
  resume?: TailPosition;
}

const CHUNK = 256 * 1024;

/**
 * Follows one path like `tail -F`: reads what is there, then what is
 * appended. A rename (rotation) finishes the old file before the new one is
 * opened at 0; a file shorter than what was read (copytruncate) is read again
 * from 0; a missing file is retried. Woken by fs.watch on the directory (which
 * sees renames and creations) and by a slow poll: it never spins.
 */
export class FileTailer {
  private readonly file: string;
  private readonly hooks: TailHooks;
  private readonly options: TailOptions;
  private handle: FileHandle | undefined;
  private ino = -1;
  private offset = 0;
  private resume: TailPosition | undefined;
  private waitingSaid = false;
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private lastProblem = '';

  constructor(file: string, hooks: TailHooks, options: TailOptions) {
    this.file = file;
    this.hooks = hooks;
    this.options = options;
    this.resume = options.resume;
  }

  /** Where reading stands (undefined before the file was first opened). */
  get position(): TailPosition | undefined {
    return this.ino === -1 ? undefined : { ino: this.ino, offset: this.offset };
  }

  start(): Promise<void> {
    const base = path.basename(this.file);
    try {
      this.watcher = watch(path.dirname(this.file), { persistent: false }, (_type, name) => {
        if (name === null || name === base) void this.check();
      });
      this.watcher.on('error', () => this.watcher?.close());
    } catch {
      // No watch (directory missing, no inotify left): the poll alone keeps up.
    }
    this.timer = setInterval(() => void this.check(), this.options.pollMs);
    return this.check();
  }

  /** Reads what is left, then stops watching. */
  async stop(): Promise<void> {
    await this.check();
    this.stopped = true;
    this.watcher?.close();
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.handle?.close().catch(() => undefined);
    this.handle = undefined;
  }

  /** One pass at a time; a wake-up during a pass makes one more pass. */
  check(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.pass().catch((error: unknown) => this.problem(error));
      } while (this.again && !this.stopped);
      this.running = undefined;
    })();
    return this.running;
  }

  private async pass(): Promise<void> {
    if (!this.handle && !(await this.openFile())) return;
    await this.drain();
    let now: Stats;
    try {
      now = await stat(this.file);
    } catch {
      return; // renamed away and not yet created again: keep the old file until the name is back
    }
    if (now.ino !== this.ino) {
      await this.drain();
      await this.handle?.close().catch(() => undefined);
      this.handle = undefined;
      this.hooks.event('rotated');
      if (await this.openFile()) await this.drain();
    } else if (now.size < this.offset) {
      this.offset = 0;
      this.hooks.event('truncated');
      await this.drain();
    }
  }

  private async openFile(): Promise<boolean> {
    let handle: FileHandle;
    try {
      handle = await open(this.file, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      if (!this.waitingSaid) this.hooks.event('waiting');
      this.waitingSaid = true;
      return false;
    }
    const st = await handle.stat();
    if (st.isDirectory()) {
      await handle.close();
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    }
    if (this.waitingSaid) this.hooks.event('appeared');
    this.waitingSaid = false;
    this.handle = handle;
    this.ino = st.ino;
    const r = this.resume;
    this.offset = r !== undefined && r.ino === st.ino && r.offset <= st.size ? r.offset : 0;
    this.resume = undefined;
    return true;
  }

  private async drain(): Promise<void> {
    const handle = this.handle;
    if (!handle) return;
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, this.offset);
      if (bytesRead === 0) return;
      const start = this.offset;
      this.offset += bytesRead;
      this.hooks.data(buffer.subarray(0, bytesRead), start);
    }
  }

  private problem(error: unknown): void {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    // Said once per kind of failure: the poll would repeat it every second.
    if (code !== this.lastProblem) this.hooks.problem(code);
    this.lastProblem = code;
  }
}
