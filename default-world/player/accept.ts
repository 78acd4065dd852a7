// @verb accept --on $player --dspec this --ispec none:none
/**
 * accept(what): players carry things, but not other players (method).
 */
const what = args[0] as typeof this;
return !what.isPlayer;
