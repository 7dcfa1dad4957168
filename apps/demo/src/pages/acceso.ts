import '../shell.js';
import '@minga/info-request/define.js';
