// @verb compose --on $player --dspec this --ispec none:none
/**
 * compose(text, subject): the { subject, body } of a message to send — without a subject, a first line "Subject: …" of the text gives it; refuses an empty message (method).
 */
import { UserError } from "moo";

const [text, fixed] = args as [string, string | null | undefined];
let subject = "";
let body = String(text ?? "");
if (typeof fixed === "string") subject = fixed;
else {
  const lines = body.split("\n");
  const m = /^[ \t]*subject:[ \t]*(.*)$/i.exec(lines[0] ?? "");
  if (m) {
    subject = m[1];
    body = lines.slice(1).join("\n").replace(/^(?:[ \t]*\r?\n)+/, "");
  }
}
subject = subject.replace(/\s+/g, " ").trim();
body = body.replace(/\s+$/, "");
if (subject === "" && body.trim() === "") throw new UserError("Message not sent: it is empty.");
return { subject, body };
