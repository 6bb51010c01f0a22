/** Writes docs/rules.md from the rules' own metadata: `npm run docs`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderRulesDoc } from '../lib/rules/doc';

const target = fileURLToPath(new URL('../docs/rules.md', import.meta.url));
mkdirSync(fileURLToPath(new URL('../docs/', import.meta.url)), { recursive: true });
writeFileSync(target, renderRulesDoc());
console.log(`wrote ${target}`);
