#!/usr/bin/env node
// The minga-transparency command-line tool (see the README): build, missing, check-links.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
