// @verb article --on $string_utils --dspec this --ispec none:none
/**
 * article(name): "a ball", "an apple"; names that already start with an article or a capital are kept (method).
 */
const name = String(args[0] ?? "");
if (name === "" || /^(a|an|the|some)\s/i.test(name) || /^[A-Z0-9]/.test(name)) return name;
return /^[aeiou]/i.test(name) ? `an ${name}` : `a ${name}`;
