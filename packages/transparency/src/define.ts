import { MingaTransparency } from './transparency.js';

MingaTransparency.define('minga-transparency');
