// @verb set --on $gender_utils --dspec this --ispec none:none
/**
 * set(obj, gender): sets obj's gender and its ten pronoun properties; returns the gender's full name, or null if unknown (method).
 */
const obj = args[0] as typeof this;
const want = String(args[1] ?? "").toLowerCase();
const genders = this.get("genders") as string[];
const i = want === "" ? -1 : genders.findIndex((g) => g.startsWith(want));
if (i < 0) return null;
const row = (this.get("pronouns") as string[][])[i];
const names = ["ps", "po", "pp", "pr", "pq"];
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
obj.set("gender", genders[i]);
names.forEach((n, k) => {
  obj.set(n, row[k]);
  obj.set(`${n}c`, cap(row[k]));
});
return genders[i];
