// Exits 0 when two YAML (or JSON) documents hold the same data, whatever the order of their keys
// (the OpenAPI documents' key order is not the same from one build to the next), 1 when they differ.
// Usage: node same.mjs <a.yaml> <b.yaml>
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import yaml from 'js-yaml';

const [a, b] = process.argv.slice(2).map((file) => yaml.load(readFileSync(file, 'utf8')));
process.exit(isDeepStrictEqual(a, b) ? 0 : 1);
