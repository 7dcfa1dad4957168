import { MingaDataTable } from './data-table.js';

MingaDataTable.define('minga-data-table');
