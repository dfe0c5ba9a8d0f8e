/**
 * The CLI is the product, so it runs as production unless the environment says otherwise, as
 * docker-compose.yml sets for the API. Outside production graphql-js checks on every type test
 * that the schema's objects come from one copy of the library (its instanceOf compares
 * constructor names): 2.8% of the API's CPU under load. graphql-js reads NODE_ENV once, when it
 * loads, so this module is imported before anything else in cli/index.ts.
 */
// eslint-disable-next-line no-restricted-properties -- sets, before loading, what libraries read; configuration proper goes through src/config
process.env.NODE_ENV ??= 'production';
