// Runs graphql-http's server audit (the GraphQL over HTTP spec's checks) against URL and prints each result;
// exits non-zero unless every check passes. Used by .ci/graphql-conformance.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
const results = await auditServer({ url });
const passed = results.filter((result) => result.status === 'ok');
for (const result of results) {
  const mark = result.status === 'ok' ? 'ok  ' : result.status.padEnd(4);
  console.log(`${mark} ${result.id} ${result.name}${result.status === 'ok' ? '' : ': ' + result.reason}`);
}
console.log(`graphql-http audit: ${passed.length} of ${results.length} checks pass`);
process.exit(passed.length === results.length ? 0 : 1);
