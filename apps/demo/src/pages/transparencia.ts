import '../shell.js';
import '@minga/transparency/define.js';
