#!/usr/bin/env node
// Thin launcher: everything, including flag parsing, lives in dist/cli.js.
import { main } from '../dist/cli.js';

main(process.argv);
