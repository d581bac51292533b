// The one way the web app talks to the service: POST a named operation to /graphql.

/** A GraphQL or network failure, with a message a reporter can read. */
export class ApiError extends Error {
  constructor(message, classification) {
    super(message);
    this.classification = classification;
  }
}

/** Runs `query` with `variables` and resolves to its `data`; rejects with an ApiError when the API reports errors. */
export async function graphql(query, variables = {}, { signal } = {}) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError('the server did not answer (is it running?)', 'NETWORK');
  }
  const body = await response.json().catch(() => null);
  if (body?.errors?.length) {
    const [first] = body.errors;
    throw new ApiError(body.errors.map(e => e.message).join('; '), first.extensions?.classification);
  }
  if (!response.ok || !body?.data) {
    throw new ApiError(`the server answered ${response.status} ${response.statusText}`, 'HTTP');
  }
  return body.data;
}
