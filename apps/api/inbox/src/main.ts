/** The staff inbox page: defines the elements. Loaded as a module script (CSP-friendly). */
import './page.css';
import { MingaStaffApp } from './staff-app.js';
import { MingaStaffInbox } from './staff-inbox.js';
import { MingaStaffLogin } from './staff-login.js';
import { MingaStaffRequest } from './staff-request.js';

MingaStaffLogin.define('minga-staff-login');
MingaStaffInbox.define('minga-staff-inbox');
MingaStaffRequest.define('minga-staff-request');
MingaStaffApp.define('minga-staff-app');
