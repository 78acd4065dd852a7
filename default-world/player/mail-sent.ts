// @verb mail_sent --on $player --dspec this --ispec none:none
/**
 * mail_sent(recipients, subject): tells you whom your message went to, and them that they have new mail (method).
 */
import { print } from "moo";

const [to, subject] = args as [(typeof player)[], string];
const names = to.map((r) => r.name);
const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
print(`Message sent to ${list}.`);
const about = subject === "" ? "" : `: "${subject}"`;
for (const r of to) if (r.id !== player.id) r.tell(`You have new mail from ${player.name}${about}. Type '@mail' to read it.`);
