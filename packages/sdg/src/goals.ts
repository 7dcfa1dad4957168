/**
 * The 17 Sustainable Development Goals: number and official colour. Short names are
 * messages (`sdg.goal.6`), so they follow the element's language. The UN icons are not
 * redrawn: a goal is shown by its number, its name and its colour.
 */
import { readableTextOn } from '@minga/core';

/** Official colours of goals 1–17 (index 0 = goal 1). */
export const GOAL_COLORS: readonly string[] = [
  '#E5243B',
  '#DDA63A',
  '#4C9F38',
  '#C5192D',
  '#FF3A21',
  '#26BDE2',
  '#FCC30B',
  '#A21942',
  '#FD6925',
  '#DD1367',
  '#FD9D24',
  '#BF8B2E',
  '#3F7E44',
  '#0A97D9',
  '#56C02B',
  '#00689D',
  '#19486A',
];

/** SDG blue, for the 2030 Agenda as a whole. */
export const SDG_BLUE = '#009EDB';

/** Goal numbers 1–17. */
export const GOALS: readonly number[] = GOAL_COLORS.map((_, i) => i + 1);

/** True for an integer from 1 to 17. */
export function isGoal(goal: unknown): goal is number {
  return typeof goal === 'number' && Number.isInteger(goal) && goal >= 1 && goal <= 17;
}

/** The colour of a goal and the text colour with the best measured contrast on it. */
export function goalColors(goal: number): { background: string; text: '#000000' | '#ffffff' } {
  const background = GOAL_COLORS[goal - 1] ?? SDG_BLUE;
  return { background, text: readableTextOn(background) };
}
