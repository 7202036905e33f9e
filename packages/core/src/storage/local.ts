import fs from "node:fs/promises";
import path from "node:path";
import { assertValidKey, contentTypeForKey } from "./keys.ts";
import type { Storage, StoredObject } from "./types.ts";

/** Files under `root` (default `<data dir>/media`). Writes go to a temp file and are renamed into place. */
export function localStorage(root: string): Storage {
  const base = path.resolve(root);
  const fileOf = (key: string) => {
    const file = path.resolve(base, assertValidKey(key));
    // belt and braces: the key grammar already forbids escaping the root
    if (!file.startsWith(base + path.sep)) throw new Error("storage key escapes the root");
    return file;
  };
  return {
    kind: "local",
    async put(key, bytes) {
      const file = fileOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
      await fs.writeFile(tmp, bytes);
      await fs.rename(tmp, file);
    },
    async get(key): Promise<StoredObject | null> {
      try {
        const bytes = await fs.readFile(fileOf(key));
        return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), contentType: contentTypeForKey(key) };
      } catch (e) {
        if (isNotFound(e)) return null;
        throw e;
      }
    },
    async delete(key) {
      // a key that names a directory holds other objects: deleting "it" must not remove them
      if ((await fs.stat(fileOf(key)).catch(() => null))?.isDirectory()) return;
      await fs.rm(fileOf(key), { force: true });
    },
    async exists(key) {
      try {
        return (await fs.stat(fileOf(key))).isFile();
      } catch (e) {
        if (isNotFound(e)) return false;
        throw e;
      }
    },
  };
}

/** No object under that key: nothing there, a path through a file, or a key that names a directory (a prefix of other keys). */
function isNotFound(e: unknown): boolean {
  return typeof e === "object" && e !== null && "code" in e && (e.code === "ENOENT" || e.code === "ENOTDIR" || e.code === "EISDIR");
}
