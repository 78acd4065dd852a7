/**
 * SSH user authentication against the game: a password goes to `Gateway.login`; a public key is
 * matched against the account's registered OpenSSH keys (`Gateway.publicKeys`, compared on the key
 * type and data, the comment is ignored), its signature is checked, then `Gateway.loginByKey` looks
 * the account up. Keyboard-interactive and "none" are refused, which makes OpenSSH ask for a password.
 */
import ssh2 from "ssh2";
import type { AccountInfo, Gateway } from "../../core/gateway.js";

type AuthContext = ssh2.AuthContext;

/** True when one of the OpenSSH one-line `keys` is the key the client offers. */
export function keyMatches(keys: readonly string[], offered: { algo: string; data: Buffer }): boolean {
  for (const line of keys) {
    const parsed = ssh2.utils.parseKey(line.trim());
    if (parsed instanceof Error) continue;
    if (parsed.getPublicSSH().equals(offered.data)) return true;
  }
  return false;
}

/** Verifies a publickey signature with the registered key that matches. */
function verifySignature(keys: readonly string[], ctx: ssh2.PublicKeyAuthContext): boolean {
  if (!ctx.signature || !ctx.blob) return false;
  for (const line of keys) {
    const parsed = ssh2.utils.parseKey(line.trim());
    if (parsed instanceof Error || !parsed.getPublicSSH().equals(ctx.key.data)) continue;
    return parsed.verify(ctx.blob, ctx.signature, ctx.hashAlgo);
  }
  return false;
}

/**
 * Handles one authentication request. Resolves to the account when the client is now logged in,
 * or null when the request was rejected (or was only a key query, answered with accept()).
 */
export async function authenticate(gateway: Gateway, ctx: AuthContext): Promise<AccountInfo | null> {
  try {
    if (ctx.method === "password") {
      const result = await gateway.login(ctx.username, ctx.password);
      if (result.ok) {
        ctx.accept();
        return result.account;
      }
    } else if (ctx.method === "publickey") {
      const keys = await gateway.publicKeys(ctx.username);
      if (keyMatches(keys, ctx.key)) {
        if (!ctx.signature) {
          ctx.accept(); // the client only asked whether this key would do
          return null;
        }
        if (verifySignature(keys, ctx)) {
          const result = await gateway.loginByKey(ctx.username);
          if (result.ok) {
            ctx.accept();
            return result.account;
          }
        }
      }
    }
  } catch {
    // a failing gateway is a refusal, never a crash
  }
  ctx.reject(["password", "publickey"]);
  return null;
}
