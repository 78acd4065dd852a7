// @verb on_player_action --on $player --dspec this --ispec none:none
/**
 * on_player_action(who, action, data): a hook called after take, drop and give; nothing by default (method).
 */
return null;
