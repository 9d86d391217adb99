// Prepares a service's OpenAPI 3.1 document for OpenAPITools openapi-diff (see ../README.md):
// 1. converts it to OpenAPI 3.0 with @apiture/openapi-down-convert: the diff tool reads 3.1 documents
//    but does not see changes of type or inside array items there;
// 2. lists every property of a schema that only answers use as required: the services write every
//    field, null included (Jackson's default), so a consumer may rely on each one, and the tool calls
//    the removal of a response property breaking only when the property was required.
// Usage: node prepare.mjs <openapi 3.1 yaml> <output yaml>
import { readFileSync, writeFileSync } from 'node:fs';
import yaml from 'js-yaml';
import downConvert from '@apiture/openapi-down-convert';

const [input, output] = process.argv.slice(2);
const doc = new downConvert.Converter(yaml.load(readFileSync(input, 'utf8'))).convert();

const resolve = (ref) =>
  ref.startsWith('#/')
    ? ref.slice(2).split('/').reduce((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc)
    : undefined;

// The local references (schemas, and responses, parameters... that hold schemas) reachable from node.
function reachable(node, refs = new Set()) {
  if (Array.isArray(node)) {
    node.forEach((item) => reachable(item, refs));
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        if (!refs.has(value)) {
          refs.add(value);
          reachable(resolve(value), refs);
        }
      } else if (key !== 'examples' && key !== 'example') {
        reachable(value, refs);
      }
    }
  }
  return refs;
}

const operations = Object.values(doc.paths ?? {}).flatMap((item) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'].includes(method))
    .map(([, operation]) => ({ ...operation, parameters: [...(item.parameters ?? []), ...(operation.parameters ?? [])] })));
const inRequests = reachable(operations.map((op) => [op.parameters, op.requestBody]));
const answers = operations.map((op) => op.responses ?? {});

function requireAll(schema) {
  if (!schema || typeof schema !== 'object' || schema.$ref) return;
  if (schema.properties) {
    schema.required = [...new Set([...(schema.required ?? []), ...Object.keys(schema.properties)])];
    Object.values(schema.properties).forEach(requireAll);
  }
  [schema.items, schema.additionalProperties, ...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]
    .forEach(requireAll);
}

// Schemas written inline in answers, then the shared ones that answers use and no request does.
for (const response of answers.flatMap((responses) => Object.values(responses))) {
  Object.values(response.content ?? {}).forEach((media) => requireAll(media.schema));
}
for (const ref of reachable(answers)) {
  if (ref.startsWith('#/components/schemas/') && !inRequests.has(ref)) requireAll(resolve(ref));
}

writeFileSync(output, yaml.dump(doc, { noRefs: true, lineWidth: -1 }));
