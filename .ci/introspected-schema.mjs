// Prints the schema of the service at URL as SDL, read the way tools read it: graphql-js's introspection query.
import { buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql';

const url = process.argv[2];
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query: getIntrospectionQuery() }),
});
const result = await response.json();
if (!response.ok || result.errors) {
  console.error(`introspection failed (HTTP ${response.status}): ${JSON.stringify(result.errors)}`);
  process.exit(1);
}
console.log(printSchema(buildClientSchema(result.data)));
