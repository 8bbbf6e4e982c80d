// Placeholder CLI until the foundation lands.
import { readFileSync } from 'node:fs';
import { restructure } from '../index.js';

const [command, file] = process.argv.slice(2);
if (command !== 'restructure' || !file) {
  console.error('usage: broadsheet restructure FILE');
  process.exit(2);
}
console.log(JSON.stringify(restructure(readFileSync(file, 'utf8')), null, 2));
