/**
 * The objects of the default world (spec §9.2). Loaded by src/bootstrap/default-world-loader.ts;
 * verbs live one per file in the folders next to this one.
 */
import type { ObjectDecl } from "../src/bootstrap/default-world-loader.js";

const o = (sys: string) => ({ "o#": sys });

export const objects: ObjectDecl[] = [
  {
    sys: "$root_class",
    name: "Root Class",
    props: { description: "", key: null },
    derivable: true,
  },
  {
    sys: "$room",
    name: "Generic Room",
    parents: ["$root_class"],
    props: {
      exits: [],
      entrances: [],
      residents: [],
      free_entry: true,
      dark: false,
      content_list_type: 3,
      victim_ejection_message: "You have been ejected from %s by %s.",
      ejection_message: "You have ejected %s.",
      room_ejection_message: "%s has been ejected by %s.",
    },
    values: { description: "There's not much to see here." },
    derivable: true,
  },
  {
    sys: "$exit",
    name: "Generic Exit",
    parents: ["$root_class"],
    props: {
      source: null,
      dest: null,
      nogo_msg: "You can't go that way.",
      onogo_msg: "{actor} can't go that way.",
      arrive_msg: "You arrive at {subject}.",
      oarrive_msg: "{actor} arrives at {subject}.",
      leave_msg: "You leave {subject}.",
      oleave_msg: "{actor} leaves {subject}.",
    },
    derivable: true,
  },
  {
    sys: "$thing",
    name: "Generic Thing",
    parents: ["$root_class"],
    props: {
      take_succeeded_msg: "You take %t.",
      otake_succeeded_msg: "%N picks up %t.",
      take_failed_msg: "You can't pick that up.",
      otake_failed_msg: "",
      drop_succeeded_msg: "You drop %t.",
      odrop_succeeded_msg: "%N drops %t.",
      drop_failed_msg: "You can't seem to drop %t here.",
      odrop_failed_msg: "%N tries to drop %t but fails!",
      alight: false,
    },
    derivable: true,
  },
  {
    sys: "$container",
    name: "Generic Container",
    parents: ["$thing"],
    props: { open_key: null, open: false, opaque: 0 },
    derivable: true,
  },
  {
    sys: "$player",
    name: "Generic Player",
    parents: ["$root_class"],
    props: {
      ownership_quota: 1000,
      home: null,
      gender: "plural",
      ps: "they",
      po: "them",
      pp: "their",
      pr: "themselves",
      pq: "theirs",
      psc: "They",
      poc: "Them",
      ppc: "Their",
      prc: "Themselves",
      pqc: "Theirs",
      gaglist: [],
      lines: 10,
      opaque: 0,
    },
    inheritOwner: ["ps", "po", "pp", "pr", "pq", "psc", "poc", "ppc", "prc", "pqc", "gender"],
    values: { description: "A player, just like you." },
    derivable: true,
  },
  { sys: "$builder", name: "Generic Builder", parents: ["$player"], derivable: true },
  { sys: "$programmer", name: "Generic Programmer", parents: ["$builder"], derivable: true },
  { sys: "$wizard", name: "Generic Wizard", parents: ["$programmer"] },
  {
    sys: "$string_utils",
    name: "String Utilities",
    parents: ["$root_class"],
  },
  {
    sys: "$player_start",
    name: "The Laboratory",
    parents: ["$room"],
    values: {
      description:
        "A cavernous laboratory filled with gadgetry of every kind, this seems like a dumping ground for every piece of dusty forgotten equipment a mad scientist might require.",
      exits: [o("$lab_north_exit")],
      entrances: [o("$lab_south_exit")],
    },
  },
  {
    sys: "$neighborhood",
    name: "The Neighborhood",
    parents: ["$room"],
    values: {
      description:
        "A quiet street lined with modest houses and tidy lawns. The laboratory's heavy door stands to the south.",
      exits: [o("$lab_south_exit")],
      entrances: [o("$lab_north_exit")],
    },
  },
  {
    sys: "$lab_north_exit",
    name: "north from The Laboratory",
    parents: ["$exit"],
    aliases: ["north", "n"],
    values: { source: o("$player_start"), dest: o("$neighborhood") },
  },
  {
    sys: "$lab_south_exit",
    name: "south from The Neighborhood",
    parents: ["$exit"],
    aliases: ["south", "s"],
    values: { source: o("$neighborhood"), dest: o("$player_start") },
  },
];
