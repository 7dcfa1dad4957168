import { MingaPlainCheck } from './plain-check.js';

MingaPlainCheck.define('minga-plain-check');
