/**
 * Small facts about cells that sorting, searching and the table's filters share. No DOM.
 */
import type { Cell } from '../types.js';

/** True for a blank cell: `null`, `undefined` or an empty string. */
export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || cell === '';
}

/** ISO `yyyy-mm-dd` of a calendar date stored at UTC midnight. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
