/**
 * The one IndexedDB database of the app. A module of its own so that the entry (src/main.tsx) can
 * start opening it before anything else has loaded, without the schema and its migrations.
 */
export const DATABASE_NAME = 'steadyback';
