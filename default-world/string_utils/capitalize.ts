// @verb capitalize --on $string_utils --dspec this --ispec none:none
/**
 * capitalize(text): the text with its first letter in upper case (method).
 */
const s = String(args[0] ?? "");
return s.charAt(0).toUpperCase() + s.slice(1);
