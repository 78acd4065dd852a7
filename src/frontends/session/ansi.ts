/** ANSI/VT100 control sequences used by the rich-mode screens. */

export const CSI = "\x1b[";

export const ansi = {
  enterAltScreen: `${CSI}?1049h`,
  leaveAltScreen: `${CSI}?1049l`,
  hideCursor: `${CSI}?25l`,
  showCursor: `${CSI}?25h`,
  clearScreen: `${CSI}2J${CSI}H`,
  clearLine: `${CSI}2K`,
  reset: `${CSI}0m`,
  reverse: `${CSI}7m`,
  bold: `${CSI}1m`,
  /** Moves the cursor to a 1-based row and column. */
  moveTo: (row: number, col: number): string => `${CSI}${row};${col}H`,
};

/** Converts bare `\n` line ends to CRLF (terminals need both; `\r\n` stays as is). */
export function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, "\r\n");
}
