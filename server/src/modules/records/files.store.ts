// Where attachment bytes live. Behind this small interface so S3-compatible storage can replace the disk.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface FileStore {
  put(key: string, body: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
}

/** Files under `root`, one per key ('2024/05/<uuid>'); keys never contain '..'. */
export function diskFileStore(root: string): FileStore {
  const at = (key: string) => {
    if (!/^[\w/-]+$/.test(key) || key.includes('..')) throw new Error(`bad storage key ${key}`);
    return path.join(root, key);
  };
  return {
    async put(key, body) {
      await mkdir(path.dirname(at(key)), { recursive: true });
      await writeFile(at(key), body, { flag: 'wx' });
    },
    get: (key) => readFile(at(key)),
    remove: (key) => rm(at(key), { force: true }),
  };
}
