/**
 * The SSH host key: an ed25519 key generated once into `<dir>/ssh_host_ed25519_key` (OpenSSH format,
 * mode 0600, with the public half beside it as `.pub`) and reused on every later start, so clients
 * see the same host fingerprint.
 */
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import ssh2 from "ssh2";

export const HOST_KEY_FILE = "ssh_host_ed25519_key";

/** Returns the private host key, generating and saving it first when it does not exist. */
export async function loadOrCreateHostKey(dir: string): Promise<Buffer> {
  const file = path.join(dir, HOST_KEY_FILE);
  if (existsSync(file)) return readFile(file);
  await mkdir(dir, { recursive: true });
  const pair = ssh2.utils.generateKeyPairSync("ed25519", { comment: "tsmoo host key" });
  await writeFile(file, pair.private, { mode: 0o600, flag: "wx" }).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error; // another process won the race: use its key
  });
  await chmod(file, 0o600);
  if (!existsSync(`${file}.pub`)) await writeFile(`${file}.pub`, `${pair.public}\n`);
  return readFile(file);
}
