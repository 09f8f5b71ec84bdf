#!/usr/bin/env node
// A dumb wrapper: the command is the bundle of src/cli/main.ts (scripts/bundle.mjs).
import '../lib/cli/main.js';
