/**
 * Starts the app afresh at Today. A full reload (not a route change) so nothing erased survives
 * in memory, such as a half-typed spasm held by its form's store.
 */
export function reloadApp() {
  window.location.assign('/');
}
