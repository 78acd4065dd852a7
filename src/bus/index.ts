/** Output delivery from committed tasks to connected sessions. */
export { type Delivery, InProcessBus, type OutputBus, type Sink } from "./output-bus.js";
