import { MingaSdgGoal } from './sdg-goal.js';
import { MingaSdgGrid } from './sdg-grid.js';
import { MingaSdgIndicator } from './sdg-indicator.js';
import { MingaSdgProgress } from './sdg-progress.js';

MingaSdgGoal.define('minga-sdg-goal');
MingaSdgGrid.define('minga-sdg-grid');
MingaSdgIndicator.define('minga-sdg-indicator');
MingaSdgProgress.define('minga-sdg-progress');
