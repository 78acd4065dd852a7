// @verb unquote --on $player --dspec this --ispec none:none
/**
 * unquote(text): the text of a `with "…"` argument — surrounding quotes removed, \n a new line, \t a tab (method).
 */
let raw = String(args[0] ?? "").trim();
if (raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw[raw.length - 1] === raw[0]) raw = raw.slice(1, -1);
return raw.replace(/\\(.)/g, (whole: string, c: string) => (c === "n" ? "\n" : c === "t" ? "\t" : c));
