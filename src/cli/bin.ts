#!/usr/bin/env node
import { main } from './main.js';

// Colours only on a terminal, and never when NO_COLOR is set (no-color.org).
const isTTY = process.stdout.isTTY === true && !process.env['NO_COLOR'];
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, isTTY, cwd: process.cwd() });
