#!/usr/bin/env node
// Thin launcher: everything, including flag parsing, lives in src/cli.ts (bundled: scripts/bundle.mjs).
import { main } from '../dist/bundle/cli.js';

main(process.argv);
