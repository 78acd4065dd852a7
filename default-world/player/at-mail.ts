// @verb @mail --on $player --dspec either --ispec any:any
/**
 * @mail [N | page N | stats | delete N | deleted | undelete N]: your mailbox — the list (10 a page, newest first), reading message N (marks it read), counts, deleting and undeleting.
 */
import { mail, print, setTaskPerms, UserError } from "moo";

// A command of the player's own, not something another verb can make them do.
if (caller.id !== player.id) throw new UserError("Permission denied.");
// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const PAGE = 10;
const done = (what: string, ...extra: (string | number)[]) => ({ obj: player, verb: "mail_done", args: [what, ...extra] });
const a = argstr.trim().toLowerCase().replace(/\s+/g, " ");
let m: RegExpExecArray | null;
if (a === "") {
  mail({ op: "list", offset: 0, limit: PAGE }, done("list", 1));
} else if ((m = /^#?(\d+)$/.exec(a))) {
  mail({ op: "read", n: Number(m[1]) }, done("read"));
} else if ((m = /^page (\d+)$/.exec(a))) {
  const page = Number(m[1]);
  if (page < 1) {
    print("Pages are numbered from 1.");
    return;
  }
  mail({ op: "list", offset: (page - 1) * PAGE, limit: PAGE }, done("list", page));
} else if (a === "stats") {
  mail({ op: "stats" }, done("stats"));
} else if ((m = /^delete #?(\d+)$/.exec(a))) {
  mail({ op: "delete", n: Number(m[1]) }, done("delete"));
} else if ((m = /^undelete #?(\d+)$/.exec(a))) {
  mail({ op: "undelete", n: Number(m[1]) }, done("undelete"));
} else if (a === "deleted" || a === "undelete") {
  mail({ op: "list", deleted: true, offset: 0, limit: 100 }, done("deleted"));
} else {
  print("Usage: @mail [N | page N | stats | delete N | deleted | undelete N]");
}
