/**
 * Preload for benchmarking the real `moo` processes (`moo shell`, `moo start`): lifts the
 * per-connection command rate limit (default burst 20, then 10 commands/s), which would otherwise
 * be what a closed-loop client with few connections measures. `moo` has no setting for it yet.
 *
 *   node --no-node-snapshot --import tsx --import ./bench/load/no-rate-limit.ts src/cli/main.ts shell
 */
import { DEFAULT_LIMITS } from "../../src/frontends/session/terminal-session.js";

DEFAULT_LIMITS.rate = { burst: 1_000_000, perSecond: 1_000_000 };
DEFAULT_LIMITS.maxQueuedLines = 10_000;
