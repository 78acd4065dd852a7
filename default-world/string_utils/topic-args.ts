// @verb topic_args --on $string_utils --dspec this --ispec none:none
/**
 * topic_args(argstr): the `under <topic>`, `from #N` and `with <text>` parts of a book or board command, as { topic, from, text } ("" when absent) (method).
 */
const s = String(args[0] ?? "");
const unquote = (x: string) => x.trim().replace(/^"(.*)"$/s, "$1");
const withAt = s.search(/(^|\s)with\s/i);
const text = withAt >= 0 ? unquote(s.slice(withAt).replace(/^\s*with\s/i, "")) : "";
const head = withAt >= 0 ? s.slice(0, withAt) : s;
const topic = /\bunder\s+(.+?)(?=\s+from\s|$)/i.exec(head)?.[1] ?? "";
const from = /\bfrom\s+(\S+)/i.exec(head)?.[1] ?? "";
return { topic: unquote(topic), from: from.trim(), text };
