/**
 * The utility objects of the default world (spec §9.3 "Utilities"): $string_utils, $lock_utils,
 * $gender_utils and $match_utils, called as methods through `;` like a programmer would.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type Harness, startHarness, type TestPlayer } from "../helpers/world-harness.js";

describe("default world utilities", () => {
  let h: Harness;
  let wiz: TestPlayer;
  /** Evaluates an expression as the wizard and returns the printed value (`=> …` stripped). */
  const ev = async (code: string): Promise<string> => {
    const out = await wiz.type(`; ${code}`);
    assert.equal(out.length, 1, out.join("\n"));
    return (out[0] ?? "").replace(/^=> /, "");
  };
  const su = (verb: string, ...args: string[]) => ev(`$.string_utils.call("${verb}", ${args.join(", ")})`);

  before(async () => {
    h = await startHarness();
    wiz = await h.login("wizard");
  });
  after(async () => {
    await h.close();
  });

  test("english_list: none, one, two, three (Oxford comma), custom empty text", async () => {
    assert.equal(await su("english_list", "[]"), '"nothing"');
    assert.equal(await su("english_list", "[]", '"no one"'), '"no one"');
    assert.equal(await su("english_list", '["a"]'), '"a"');
    assert.equal(await su("english_list", '["a", "b"]'), '"a and b"');
    assert.equal(await su("english_list", '["a", "b", "c"]'), '"a, b, and c"');
    assert.equal(await su("english_list", '["a", "b", "c"]', '"nothing"', '"or"'), '"a, b, or c"');
  });

  test("english_list renders objects with an article, players without", async () => {
    assert.equal(
      await ev('$.string_utils.call("english_list", [$.player_start, $.thing, player])'),
      '"The Laboratory, Generic Thing, and Wizard"',
      "capitalised names are proper names: no article",
    );
  });

  test("article and capitalize", async () => {
    assert.equal(await su("article", '"apple"'), '"an apple"');
    assert.equal(await su("article", '"ball"'), '"a ball"');
    assert.equal(await su("article", '"the ball"'), '"the ball"');
    assert.equal(await su("article", '"Bob"'), '"Bob"');
    assert.equal(await su("capitalize", '"hello"'), '"Hello"');
  });

  test("pronoun_sub: names, pronouns (capitalised too), %x(prop), %% and unknown codes", async () => {
    assert.equal(await su("pronoun_sub", '"%n waves; %s smiles."'), '"Wizard waves; they smiles."');
    assert.equal(await su("pronoun_sub", '"%N %S %O %P %R %Q"'), '"Wizard They Them Their Themselves Theirs"');
    assert.equal(await su("pronoun_sub", '"%n is in %x(location)."'), '"Wizard is in The Laboratory."');
    assert.equal(await su("pronoun_sub", '"100%% sure, %z stays"'), '"100% sure, %z stays"');
    assert.equal(await su("pronoun_sub", '"%t is here"', "player", "$.player_start"), '"The Laboratory is here"');
  });

  test("rewrap joins lines, keeps paragraphs and wraps at the width", async () => {
    assert.equal(await su("rewrap", '"one two\\nthree four five"', "9"), '"one two\\nthree\\nfour five"');
    assert.equal(await su("rewrap", '"a\\n\\nb"'), '"a\\n\\nb"');
  });

  test("directions: expand, opposite, is_direction; match_string", async () => {
    assert.equal(await su("expand_direction", '"ne"'), '"northeast"');
    assert.equal(await su("expand_direction", '"u"'), '"up"');
    assert.equal(await su("opposite_direction", '"sw"'), '"northeast"');
    assert.equal(await su("opposite_direction", '"up"'), '"down"');
    assert.equal(await su("opposite_direction", '"sideways"'), "null");
    assert.equal(await su("is_direction", '"west"'), "true");
    assert.equal(await su("match_string", '"ba"', '["ball", "bat", "cat"]'), '["ball", "bat"]');
  });

  test("topic_args splits under/from/with", async () => {
    assert.equal(
      await su("topic_args", '"in book under ghosts from #3 with \\"boo there\\""'),
      '{ topic: "ghosts", from: "#3", text: "boo there" }',
    );
  });

  test("parse_keyexp: objects, !, ?, &&, ||, parentheses, precedence", async () => {
    const pk = (s: string) => ev(`$.lock_utils.call("parse_keyexp", ${JSON.stringify(s)})`);
    assert.equal(await pk("#1"), "1");
    assert.equal(await pk("!#1"), '["!", 1]');
    assert.equal(await pk("?#2"), '["?", 2]');
    assert.equal(await pk("#1 && #2 || #3"), '["||", ["&&", 1, 2], 3]');
    assert.equal(await pk("#1 && (#2 || #3)"), '["&&", 1, ["||", 2, 3]]');
    assert.equal(await pk("me"), String(wiz.avatar));
  });

  test("parse_keyexp refuses bad expressions", async () => {
    for (const bad of ["", "#1 &&", "(#1", "#1 #2 )", "&& #1", "no such thing", "#1 & #2"]) {
      const out = await wiz.type(`; $.lock_utils.call("parse_keyexp", ${JSON.stringify(bad)})`);
      assert.match(out[0] ?? "", /That doesn't look like a valid key expression\./, `${bad}: ${out.join("\n")}`);
    }
  });

  test("eval_key: holding, carrying at any depth, !, &&, ||, ? (another object's key)", async () => {
    const w = wiz.avatar;
    await wiz.type("@create keyring from $container");
    await wiz.type("@create tiny key");
    await wiz.type("open keyring");
    await wiz.type("put tiny key in keyring");
    const id = async (name: string) => Number((await ev(`lookup("${name}").id`)).trim());
    const ring = await id("keyring");
    const key = Number((await ev(`lookup("keyring").contents[0].id`)).trim());
    const ek = (k: string) => ev(`$.lock_utils.call("eval_key", ${k}, player)`);
    assert.equal(await ek(String(w)), "true");
    assert.equal(await ek(String(ring)), "true");
    assert.equal(await ek(String(key)), "true", "carried inside a carried container");
    assert.equal(await ek(`["!", ${key}]`), "false");
    assert.equal(await ek(`["&&", ${key}, 1]`), "false");
    assert.equal(await ek(`["||", ${key}, 1]`), "true");
    assert.equal(await ek("null"), "true");
    await wiz.type(`; lookup("keyring").set("key", ["!", ${w}])`);
    assert.equal(await ek(`["?", ${ring}]`), "false");
    await wiz.type(`; lookup("keyring").set("key", null)`);
    assert.equal(await ek(`["?", ${ring}]`), "true");
  });

  test("unparse_key shows names", async () => {
    assert.equal(
      await ev(`$.lock_utils.call("unparse_key", ["&&", ${wiz.avatar}, ["!", ["||", ${wiz.avatar}, 99999]]])`),
      `"Wizard (#${wiz.avatar}) && !(Wizard (#${wiz.avatar}) || #99999)"`,
    );
  });

  test("gender_utils.set: known, prefix, unknown", async () => {
    const ann = await h.newPlayer("Ann");
    assert.equal(await ev(`$.gender_utils.call("set", lookup("Ann"), "fem")`), '"female"');
    assert.equal(await ev('lookup("Ann").get("ps")'), '"she"');
    assert.equal(await ev('lookup("Ann").get("ppc")'), '"Her"');
    assert.equal(await ev(`$.gender_utils.call("set", lookup("Ann"), "martian")`), "null");
    assert.equal(await ev('lookup("Ann").get("gender")'), '"female"');
    await ann.close();
  });

  test("match_player: me, exact, prefix, #N, none, several", async () => {
    const bo = await h.newPlayer("Bo");
    const bob = await h.newPlayer("Bobby");
    const mp = (s: string) => ev(`$.match_utils.call("match_player", ${JSON.stringify(s)})`);
    assert.equal(await mp("me"), `#${wiz.avatar}`);
    assert.equal(await mp("bo"), `#${bo.avatar}`, "exact beats prefix");
    assert.equal(await mp("bobb"), `#${bob.avatar}`);
    assert.equal(await mp(`#${bob.avatar}`), `#${bob.avatar}`);
    assert.equal(await mp("zed"), "null");
    assert.equal(await mp("b"), `[#${bo.avatar}, #${bob.avatar}]`);
    await bo.close();
    await bob.close();
  });
});
