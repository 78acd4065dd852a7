// @verb rewrap --on $string_utils --dspec this --ispec none:none
/**
 * rewrap(text[, width]): joins single line breaks, keeps blank lines as paragraph breaks, and wraps each paragraph at width (default 80) (method).
 */
const text = String(args[0] ?? "");
const width = typeof args[1] === "number" && args[1] > 0 ? args[1] : 80;
const paragraphs = text.split(/\n\s*\n/);
const out: string[] = [];
for (const para of paragraphs) {
  const words = para.split(/\s+/).filter((w) => w !== "");
  let line = "";
  for (const w of words) {
    if (line === "") line = w;
    else if (line.length + 1 + w.length <= width) line += ` ${w}`;
    else {
      out.push(line);
      line = w;
    }
  }
  out.push(line);
  out.push("");
}
out.pop();
return out.join("\n");
