// People as the app shows them, and suggested as the reporter types.
import { graphql } from './graphql.js';

/** The API's SpeakerKind in words. */
export const KIND_NAMES = { PERSON: 'Person', ORGANIZATION: 'Organisation', ANONYMOUS: 'Anonymous source' };

const SUGGEST_PEOPLE = `
query SuggestPeople($search: String!) {
  people(search: $search, first: 8) { nodes { id name quoteCount } }
}`;

/**
 * Calls `onPeople(people, words)` with the people whose name or alias contains what is typed in `input`, ignoring
 * case and accents (the API's people(search:)), a moment after typing stops.
 */
export function suggestPeople(input, onPeople) {
  let timer;
  let pending;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const words = input.value.trim();
      pending?.abort();
      if (words.length < 2) return onPeople([], words);
      pending = new AbortController();
      try {
        const data = await graphql(SUGGEST_PEOPLE, { search: words }, { signal: pending.signal });
        onPeople(data.people.nodes, words);
      } catch (error) {
        if (error.name !== 'AbortError') onPeople([], words, error);
      }
    }, 150);
  });
}
