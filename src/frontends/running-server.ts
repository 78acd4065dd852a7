/** What `startSshServer` and `startTelnetServer` return. */
export interface RunningServer {
  /** The port actually listened on (useful when 0 was asked for). */
  port: number;
  /** Number of open connections. */
  connections(): number;
  /** Stops listening and closes every connection (each player is told the server is shutting down). */
  close(): Promise<void>;
}
