import '../shell.js';
import '@minga/data-table/define.js';
