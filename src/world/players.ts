/**
 * Making players: an avatar object (child of `$player`, or of `$wizard`/`$programmer`/`$builder`
 * when those classes exist and the role asks for it; owning itself; starting at `$player_start`)
 * linked to a new account. Used by `moo createuser`, the wizard's `@make-player` and web signup.
 */
import { InvalidArgument } from "../core/errors.js";
import { type ObjId, SYSTEM_OBJECT } from "../core/ids.js";
import type { Account, Accounts } from "./accounts.js";
import { LOGIN_PATTERN } from "./accounts.js";
import { passwordProblem } from "./password.js";
import { sysObj } from "./system-object.js";
import type { World } from "./world.js";
import { SYSTEM, type WorldTx } from "./world-tx.js";

export interface Roles {
  wizard?: boolean;
  programmer?: boolean;
  builder?: boolean;
}

/** The class a new avatar derives from, most privileged role first. */
export function avatarClass(tx: WorldTx, roles: Roles): ObjId {
  const pick = (...names: string[]) => {
    for (const n of names) {
      const id = sysObj(tx, n);
      if (id !== undefined) return id;
    }
    return undefined;
  };
  if (roles.wizard) return pick("wizard", "programmer", "builder", "player", "root_class") ?? SYSTEM_OBJECT;
  if (roles.programmer) return pick("programmer", "builder", "player", "root_class") ?? SYSTEM_OBJECT;
  if (roles.builder) return pick("builder", "player", "root_class") ?? SYSTEM_OBJECT;
  return pick("player", "root_class") ?? SYSTEM_OBJECT;
}

/** Creates the avatar in `tx` (not committed). */
export function createAvatar(tx: WorldTx, who: ObjId, name: string, roles: Roles): ObjId {
  const parent = avatarClass(tx, roles);
  const start = sysObj(tx, "player_start");
  const avatar = tx.create(SYSTEM, { name, parents: [parent] });
  tx.setOwner(SYSTEM, avatar, avatar);
  tx.setRoles(who === SYSTEM ? SYSTEM : who, avatar, {
    player: true,
    wizard: !!roles.wizard,
    programmer: !!(roles.programmer || roles.wizard),
    builder: !!(roles.builder || roles.programmer || roles.wizard),
  });
  if (start !== undefined) tx.move(SYSTEM, avatar, start);
  return avatar;
}

/** Validates everything first, then creates avatar and account. */
export async function createPlayer(
  world: World,
  accounts: Accounts,
  opts: { login: string; password: string; name?: string; roles?: Roles; who?: ObjId },
): Promise<{ account: Account; avatar: ObjId }> {
  if (!LOGIN_PATTERN.test(opts.login)) {
    throw new InvalidArgument(
      "Login names are 2-32 characters: letters, digits, '_', '.', '-', starting with a letter.",
    );
  }
  const problem = passwordProblem(opts.password);
  if (problem) throw new InvalidArgument(problem);
  if (await accounts.byLogin(opts.login)) throw new InvalidArgument(`The login name '${opts.login}' is taken.`);
  const name = (opts.name ?? opts.login.charAt(0).toUpperCase() + opts.login.slice(1)).trim();
  await world.ensureIds();
  const tx = world.begin();
  const taken = tx.players().some((p) => tx.rec(p)?.name.toLowerCase() === name.toLowerCase());
  if (taken) throw new InvalidArgument(`There is already a player named '${name}'.`);
  const avatar = createAvatar(tx, opts.who ?? SYSTEM, name, opts.roles ?? {});
  await world.commit(tx);
  const account = await accounts.create(opts.login, opts.password, avatar);
  return { account, avatar };
}
