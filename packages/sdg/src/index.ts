export { MingaSdgGoal } from './sdg-goal.js';
export { MingaSdgGrid } from './sdg-grid.js';
export { MingaSdgIndicator, MAX_SERIES, type SdgIndicatorMeta } from './sdg-indicator.js';
export { MingaSdgProgress } from './sdg-progress.js';
export {
  MingaSdgSelectEvent,
  MingaSdgFilterEvent,
  MingaSdgLoadEvent,
  MingaSdgErrorEvent,
  type GridFilter,
} from './events.js';
export {
  measureProgress,
  cagr,
  PROGRESS_STATUSES,
  limitCoefficient,
  THRESHOLDS_WITH_TARGET,
  THRESHOLDS_WITHOUT_TARGET,
  type ProgressInput,
  type ProgressResult,
  type ProgressStatus,
  type ProgressDirection,
  type NotAvailableReason,
} from './progress.js';
export { GOAL_COLORS, GOALS, SDG_BLUE, goalColors, isGoal } from './goals.js';
export {
  validateSdgIndex,
  statusGroup,
  summarize,
  type SdgIndex,
  type SdgIndexGoal,
  type SdgIndexIndicator,
  type SdgIndexIssue,
  type StatusGroup,
} from './sdg-index.js';
export { selectionCsv } from './selection-csv.js';
export type { SdgMessages } from './locales/es.js';
