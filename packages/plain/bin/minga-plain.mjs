#!/usr/bin/env node
// The minga-plain command-line tool (see the README): check the plain language of files.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
