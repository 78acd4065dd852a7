/** Output delivery from committed tasks to connected sessions. */
export { type Delivery, InProcessBus, type OutputBus, type Sink } from "./output-bus.js";
export { type Presence, RedisPresence } from "./presence.js";
export { newRedis, RedisBus } from "./redis-bus.js";
