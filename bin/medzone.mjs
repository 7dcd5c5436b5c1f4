#!/usr/bin/env node
// The medzone command. TypeScript sources run through tsx's loader: no separate server build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
