// GraphiQL on this server's /graphql, a tab for each of the README's example queries (examples.json). Mutations need
// the X-API-Key header, which the Headers pane below the query takes.
const examples = await fetch('/graphiql/examples.json').then((response) => response.json());

ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: '/graphql' }),
    defaultTabs: examples.map(({ title, query }) => ({ query: `# ${title}\n${query}` })),
    defaultEditorToolsVisibility: 'variables',
  }),
);
