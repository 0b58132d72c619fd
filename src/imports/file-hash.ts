/** SHA-256 of a file, streamed: the identity of an upload (re-importing the same file changes nothing). */
import { createHash } from 'node:crypto';
import fs from 'node:fs';

export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
