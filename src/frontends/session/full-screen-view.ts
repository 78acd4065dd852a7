/** A view that takes over the whole terminal (on the alternate screen) until it is finished. */
import type { Key } from "./key-decoder.js";

export interface FullScreenView {
  /** Bytes that switch to the alternate screen and draw the view. */
  open(): string;
  /** Applies a key; returns the bytes to send (including leaving the alternate screen when done). */
  handleKey(key: Key): string;
  /** Redraws for a new terminal size. */
  resize(cols: number, rows: number): string;
  /** True once the view has closed itself. */
  readonly finished: boolean;
}

export interface ScreenSize {
  cols: number;
  rows: number;
}
