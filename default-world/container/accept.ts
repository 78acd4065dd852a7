// @verb accept --on $container --dspec this --ispec none:none
/**
 * accept(what): a container holds anything but players, while it passes the container's lock (method).
 */
const what = args[0] as typeof this;
return !what.isPlayer && (this.call("is_unlocked_for", what) as boolean);
