/**
 * World model: inheritance, properties, verbs, movement, recycling, permissions, quota, audit,
 * persistence — on every storage backend (SQLite always, PostgreSQL when TEST_DATABASE_URL is set).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { ensureCoreObjects } from "../../src/bootstrap/core-objects.js";
import { PermissionDenied, QuotaError, RecursiveMoveError } from "../../src/core/errors.js";
import { NOTHING, type ObjId, SYSTEM_OBJECT } from "../../src/core/ids.js";
import { ObjRef, ref } from "../../src/core/values.js";
import type { Store } from "../../src/storage/store.js";
import { Accounts, type AclRow, SYSTEM, World, type WorldTx } from "../../src/world/index.js";
import { backends } from "../helpers/backends.js";

const verb = (names: string[]) => ({ names, source: "return 1;", compiled: "return 1;" });

for (const backend of backends()) {
  describe(`world model on ${backend.name}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    let world: World;
    let wizard: ObjId;

    before(async () => {
      ({ store, cleanup } = await backend.open());
      world = await World.open(store);
      const core = await ensureCoreObjects(world, new Accounts(store), { wizardPassword: "correct horse battery" });
      wizard = core.wizard;
    });
    after(async () => {
      await world.close();
      await cleanup();
    });

    /** Runs `fn` in a transaction and commits it. */
    async function tx<T>(fn: (t: WorldTx) => T): Promise<T> {
      await world.ensureIds();
      const t = world.begin();
      const out = fn(t);
      await world.commit(t);
      return out;
    }

    /** A fresh player object (self-owned, not a wizard). */
    function player(t: WorldTx, name: string, quota?: number): ObjId {
      const p = t.create(SYSTEM, { name });
      t.setOwner(SYSTEM, p, p);
      t.setRoles(SYSTEM, p, { player: true, builder: true });
      if (quota !== undefined) t.defineProp(SYSTEM, p, "ownership_quota", quota);
      return p;
    }

    test("bootstrap makes #0 and a wizard; running it again changes nothing", async () => {
      const t = world.begin();
      assert.equal(t.rec(SYSTEM_OBJECT)?.name, "System Object");
      assert.equal(t.rec(wizard)?.name, "Wizard");
      assert.ok(t.isWizard(wizard));
      assert.deepEqual(t.getProp(SYSTEM, SYSTEM_OBJECT, "first_wizard"), ref(wizard));
      const again = await ensureCoreObjects(world, new Accounts(store), {});
      assert.equal(again.created, false);
      assert.equal(again.wizard, wizard);
      assert.equal(again.generatedPassword, undefined);
      assert.ok(await new Accounts(store).authenticate("wizard", "correct horse battery"));
      assert.equal(await new Accounts(store).authenticate("wizard", "wrong"), undefined);
    });

    test("inheritance order with diamond parents: self, then by depth, first-listed parent first", async () => {
      const ids = await tx((t) => {
        const d = t.create(SYSTEM, { name: "D" });
        const b = t.create(SYSTEM, { name: "B", parents: [d] });
        const c = t.create(SYSTEM, { name: "C", parents: [d] });
        const a = t.create(SYSTEM, { name: "A", parents: [b, c] });
        t.defineProp(SYSTEM, d, "color", "d-red");
        t.defineProp(SYSTEM, d, "size", "d-size");
        t.defineProp(SYSTEM, c, "shape", "c-shape");
        t.addVerb(SYSTEM, d, verb(["hello"]));
        t.addVerb(SYSTEM, c, verb(["hello"]));
        t.addVerb(SYSTEM, b, verb(["wave"]));
        return { a, b, c, d };
      });
      const t = world.begin();
      assert.deepEqual(
        t.ancestors(ids.a).map((e) => [e.id, e.depth]),
        [
          [ids.a, 0],
          [ids.b, 1],
          [ids.c, 1],
          [ids.d, 2],
        ],
      );
      assert.equal(t.findVerb(ids.a, "hello")?.origin, ids.c, "C (depth 1) beats D (depth 2)");
      assert.equal(t.findVerb(ids.a, "wave")?.origin, ids.b);
      assert.equal(t.getProp(SYSTEM, ids.a, "color"), "d-red");
      assert.equal(t.getProp(SYSTEM, ids.a, "shape"), "c-shape");
      assert.deepEqual(t.propNames(ids.a), ["shape", "color", "size"]);
    });

    test("live inheritance: clear properties follow the parent; own values shadow; clear restores", async () => {
      const { parent, child } = await tx((t) => {
        const parent = t.create(SYSTEM, { name: "Generic Thing" });
        t.defineProp(SYSTEM, parent, "description", "plain");
        const child = t.create(SYSTEM, { name: "ball", parents: [parent] });
        return { parent, child };
      });
      await tx((t) => t.setProp(SYSTEM, parent, "description", "shiny"));
      assert.equal(world.begin().getProp(SYSTEM, child, "description"), "shiny");
      await tx((t) => t.setProp(SYSTEM, child, "description", "a red ball"));
      await tx((t) => t.setProp(SYSTEM, parent, "description", "dull"));
      assert.equal(world.begin().getProp(SYSTEM, child, "description"), "a red ball");
      await tx((t) => t.clearProp(SYSTEM, child, "description"));
      assert.equal(world.begin().getProp(SYSTEM, child, "description"), "dull");
    });

    test("inherit-owner (c bit): the definer's owner owns the property on descendants", async () => {
      const r = await tx((t) => {
        const owner = player(t, "Definer");
        const other = player(t, "Other");
        const cls = t.create(owner, { name: "Class" });
        t.defineProp(owner, cls, "plain", 1);
        t.defineProp(owner, cls, "cbit", 1, { inheritOwner: true });
        t.setAcl(owner, { kind: "object", obj: cls }, [
          ...t.getAcl(owner, { kind: "object", obj: cls }),
          { rule: "allow", permission: "derive", group: "everyone", accessor: null },
        ]);
        const inst = t.create(other, { name: "Instance", parents: [cls] });
        return { owner, other, inst };
      });
      const t = world.begin();
      assert.equal(t.findProp(r.inst, "plain")?.owner, r.other);
      assert.equal(t.findProp(r.inst, "cbit")?.owner, r.owner);
      // The instance's owner may write the plain property but not the c-bit one.
      t.setProp(r.other, r.inst, "plain", 2);
      assert.throws(() => t.setProp(r.other, r.inst, "cbit", 2), PermissionDenied);
      t.setProp(r.owner, r.inst, "cbit", 3);
      assert.equal(t.getProp(SYSTEM, r.inst, "cbit"), 3);
    });

    test("default ACLs: wizards and owners anything, everyone read (objects, properties) or execute+read (verbs)", async () => {
      const ids = await tx((t) => {
        const p = player(t, "Acl Owner");
        const o = t.create(p, { name: "thing" });
        t.defineProp(p, o, "secret", "x");
        const v = t.addVerb(p, o, verb(["poke"]));
        return { p, o, v };
      });
      const t = world.begin();
      const row = (permission: string, group: string): AclRow =>
        ({ rule: "allow", permission, group, accessor: null }) as AclRow;
      assert.deepEqual(t.getAcl(ids.p, { kind: "object", obj: ids.o }), [
        row("anything", "wizards"),
        row("anything", "owners"),
        row("read", "everyone"),
      ]);
      assert.deepEqual(t.getAcl(ids.p, { kind: "property", obj: ids.o, name: "secret" }), [
        row("anything", "wizards"),
        row("anything", "owners"),
        row("read", "everyone"),
      ]);
      assert.deepEqual(t.getAcl(ids.p, { kind: "verb", obj: ids.o, verbId: ids.v }), [
        row("anything", "wizards"),
        row("anything", "owners"),
        row("execute", "everyone"),
        row("read", "everyone"),
      ]);
    });

    test("each permission is denied to a stranger and allowed to the owner", async () => {
      const ids = await tx((t) => {
        const owner = player(t, "Owner P");
        const stranger = player(t, "Stranger P");
        const box = t.create(owner, { name: "box" });
        const room = t.create(owner, { name: "room" });
        t.defineProp(owner, box, "label", "mine");
        const v = t.addVerb(owner, box, verb(["open"]));
        return { owner, stranger, box, room, v };
      });
      const t = world.begin();
      const s = ids.stranger;
      const obj = { kind: "object", obj: ids.box } as const;
      // read: denied once the everyone-read row is replaced with a deny.
      t.setAcl(ids.owner, { kind: "property", obj: ids.box, name: "label" }, [
        { rule: "allow", permission: "anything", group: "owners", accessor: null },
      ]);
      assert.throws(() => t.getProp(s, ids.box, "label"), /not allowed to 'read'/);
      assert.equal(t.getProp(ids.owner, ids.box, "label"), "mine");
      // write
      assert.throws(() => t.setName(s, ids.box, "stolen"), /not allowed to 'write'/);
      assert.throws(() => t.setProp(s, ids.box, "newprop", 1), /not allowed to 'write'/);
      // entrust
      assert.throws(() => t.setOwner(s, ids.box, s), /not allowed to 'entrust'/);
      // grant
      assert.throws(() => t.setAcl(s, obj, []), /not allowed to 'grant'/);
      // execute
      t.setAcl(ids.owner, { kind: "verb", obj: ids.box, verbId: ids.v }, [
        { rule: "allow", permission: "anything", group: "owners", accessor: null },
      ]);
      assert.equal(t.can(s, "execute", { kind: "verb", obj: ids.box, verbId: ids.v }), false);
      assert.equal(t.can(ids.owner, "execute", { kind: "verb", obj: ids.box, verbId: ids.v }), true);
      // move
      assert.throws(() => t.move(s, ids.box, ids.room), /not allowed to 'move'/);
      // transmute
      assert.throws(() => t.setParents(s, ids.box, [ids.room]), /not allowed to 'transmute'/);
      // derive
      assert.throws(() => t.create(s, { name: "kid", parents: [ids.box] }), /not allowed to 'derive'/);
      // The owner can do all of it.
      t.setName(ids.owner, ids.box, "crate");
      t.move(ids.owner, ids.box, ids.room);
      t.setParents(ids.owner, ids.box, [ids.room]);
      t.setOwner(ids.owner, ids.box, s);
      assert.equal(t.rec(ids.box)?.owner, s);
    });

    test("deny beats allow, also for wizards", async () => {
      const ids = await tx((t) => {
        const owner = player(t, "Denier");
        const friend = player(t, "Friend");
        const o = t.create(owner, { name: "vault" });
        return { owner, friend, o };
      });
      const t = world.begin();
      const s = { kind: "object", obj: ids.o } as const;
      t.addAcl(ids.owner, s, { rule: "allow", permission: "write", group: null, accessor: ids.friend });
      assert.ok(t.can(ids.friend, "write", s));
      t.addAcl(ids.owner, s, { rule: "deny", permission: "write", group: "everyone", accessor: null });
      assert.equal(t.can(ids.friend, "write", s), false);
      assert.equal(t.can(wizard, "write", s), false, "a matching deny row beats the wizards-anything row");
      assert.ok(t.can(wizard, "read", s));
      assert.ok(t.can(ids.owner, "grant", s), "the owner can always edit the ACL");
    });

    test("quota: creation charges the creator's quota and refuses at zero; recycle refunds", async () => {
      const p = await tx((t) => player(t, "Quota Player", 2));
      const t = world.begin();
      const a = t.create(p, { name: "one" });
      t.create(p, { name: "two" });
      assert.equal(t.quota(p), 0);
      assert.throws(() => t.create(p, { name: "three" }), QuotaError);
      assert.throws(() => t.create(p, { name: "three" }), /has run out of quota/);
      t.recycle(p, a);
      assert.equal(t.quota(p), 1);
      t.create(p, { name: "three" });
      // wizards are not limited
      for (let i = 0; i < 3; i++) t.create(wizard, { name: `w${i}` });
    });

    test("movement: contents follow locations, loops are refused", async () => {
      const t = world.begin();
      const room = t.create(SYSTEM, { name: "room" });
      const bag = t.create(SYSTEM, { name: "bag", location: room });
      const box = t.create(SYSTEM, { name: "box", location: bag });
      assert.deepEqual(t.rec(room)?.contents, [bag]);
      assert.deepEqual(t.rec(bag)?.contents, [box]);
      assert.throws(() => t.move(SYSTEM, bag, box), RecursiveMoveError);
      assert.throws(() => t.move(SYSTEM, bag, bag), RecursiveMoveError);
      t.move(SYSTEM, box, room);
      assert.deepEqual(t.rec(room)?.contents, [bag, box]);
      assert.deepEqual(t.rec(bag)?.contents, []);
      t.move(SYSTEM, box, NOTHING);
      assert.equal(t.rec(box)?.location, NOTHING);
      await world.commit(t);
      const again = world.begin();
      assert.deepEqual(again.rec(room)?.contents, [bag]);
    });

    test("recycle and restore; destroy removes references, reparents children, clears placements", async () => {
      const ids = await tx((t) => {
        const p = player(t, "Recycler", 10);
        const room = t.create(SYSTEM, { name: "hall" });
        const base = t.create(p, { name: "base" });
        const kid = t.create(p, { name: "kid", parents: [base] });
        const table = t.create(p, { name: "table", location: room });
        const cup = t.create(p, { name: "cup", location: room });
        t.setPlacement(p, cup, { prep: "on", target: table });
        t.defineProp(SYSTEM, room, "favourite", [ref(table), "x"]);
        return { p, room, base, kid, table, cup };
      });
      await tx((t) => {
        t.recycle(ids.p, ids.table);
        assert.equal(t.valid(ids.table), false);
        assert.deepEqual(t.rec(ids.room)?.contents, [ids.cup]);
        assert.equal(t.quota(ids.p), 10 - 4 + 1);
        t.restore(ids.p, ids.table, ids.room);
        assert.ok(t.valid(ids.table));
      });
      await tx((t) => {
        t.destroy(ids.p, ids.table);
        t.destroy(ids.p, ids.base);
      });
      const t = world.begin();
      assert.equal(t.rec(ids.table), undefined);
      assert.deepEqual(t.getProp(SYSTEM, ids.room, "favourite"), [new ObjRef(NOTHING), "x"]);
      assert.equal(t.rec(ids.cup)?.placement, null);
      assert.deepEqual(t.rec(ids.kid)?.parents, []);
      // and from storage too
      const fresh = await World.open(store);
      const f = fresh.begin();
      assert.equal(f.rec(ids.table), undefined);
      assert.deepEqual(f.getProp(SYSTEM, ids.room, "favourite"), [new ObjRef(NOTHING), "x"]);
    });

    test("a recycled object can be destroyed by its owner or a wizard, not by others; no second refund", async () => {
      const ids = await tx((t) => {
        const p = player(t, "Binner", 5);
        const q = player(t, "Snoop", 5);
        const a = t.create(p, { name: "old sock" });
        const b = t.create(p, { name: "old shoe" });
        t.recycle(p, a);
        t.recycle(p, b);
        return { p, q, a, b };
      });
      await tx((t) => {
        assert.throws(() => t.destroy(ids.q, ids.a), PermissionDenied);
        t.destroy(ids.p, ids.a);
        t.destroy(wizard, ids.b);
        assert.equal(t.quota(ids.p), 5, "refunded once, when recycled");
      });
      const t = world.begin();
      assert.equal(t.rec(ids.a), undefined);
      assert.equal(t.rec(ids.b), undefined);
    });

    test("audit log records create, recycle, restore, destroy, owner and permission changes", async () => {
      const ids = await tx((t) => {
        const p = player(t, "Audited");
        const o = t.create(p, { name: "gizmo" });
        return { p, o };
      });
      await tx((t) => t.setOwner(ids.p, ids.o, wizard));
      await tx((t) =>
        t.addAcl(
          wizard,
          { kind: "object", obj: ids.o },
          { rule: "deny", permission: "read", group: "everyone", accessor: null },
        ),
      );
      await tx((t) => t.recycle(wizard, ids.o));
      await tx((t) => t.restore(wizard, ids.o, NOTHING));
      await tx((t) => t.destroy(wizard, ids.o));
      const rows = await store.db
        .selectFrom("audit_log")
        .selectAll()
        .where("target", "=", ids.o)
        .orderBy("id")
        .execute();
      assert.deepEqual(
        rows.map((r) => r.action),
        ["create", "owner_change", "permission_change", "recycle", "restore", "destroy"],
      );
      assert.equal(rows[0]?.actor, ids.p);
      assert.equal(rows[0]?.target_repr, `#${ids.o} (gizmo)`);
    });

    test("a dropped transaction changes nothing (rollback)", async () => {
      const before = world.state.objects.size;
      const t = world.begin();
      const o = t.create(SYSTEM, { name: "ghost" });
      t.setProp(SYSTEM, SYSTEM_OBJECT, "ghost", ref(o));
      // not committed
      const t2 = world.begin();
      assert.equal(t2.rec(o), undefined);
      assert.equal(t2.hasProp(SYSTEM_OBJECT, "ghost"), false);
      assert.equal(world.state.objects.size, before);
    });

    test("everything survives a reload from storage", async () => {
      const ids = await tx((t) => {
        const a = t.create(SYSTEM, { name: "persisted", obvious: true });
        t.setAliases(SYSTEM, a, ["keep", "kept"]);
        t.defineProp(SYSTEM, a, "data", { list: [1, "two", ref(a), null, true], nested: { x: 1 } });
        const v = t.addVerb(SYSTEM, a, {
          names: ["l*ook", "examine"],
          dspec: "any",
          ispecs: [{ prep: "with", spec: "any" }],
          source: "print(1)",
          compiled: "print(1)",
        });
        return { a, v };
      });
      const fresh = await World.open(store);
      const t = fresh.begin();
      const r = t.rec(ids.a);
      assert.equal(r?.name, "persisted");
      assert.deepEqual(r?.aliases, ["keep", "kept"]);
      assert.equal(r?.obvious, true);
      assert.deepEqual(t.getProp(SYSTEM, ids.a, "data"), {
        list: [1, "two", ref(ids.a), null, true],
        nested: { x: 1 },
      });
      const v = t.findVerb(ids.a, "lo");
      assert.equal(v?.verb.id, ids.v);
      assert.deepEqual(v?.verb.ispecs, [{ prep: "with", spec: "any" }]);
      assert.equal(v?.verb.dspec, "any");
      // numbers are never reused across restarts
      await fresh.ensureIds();
      const n = fresh.begin().create(SYSTEM, { name: "later" });
      assert.ok(n > ids.a);
    });
  });
}
