import { Component, type ReactNode } from 'react';
import { screenErrorText } from './screen-error';

type Props = { children: ReactNode };
type State = { error: unknown };

/**
 * Catches an error that stopped a screen from rendering (a failed read of IndexedDB, a screen's
 * code that could not be fetched offline) and says what happened and what to do, in place of that
 * screen only: the header's Log spasm and the navigation keep working. The shell keys it by
 * address, so moving to another screen starts afresh.
 */
export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error ?? new Error('Unknown error') };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    const { title, advice } = screenErrorText(this.state.error);
    return (
      <section className="card notice" role="alert" aria-labelledby="screen-error-heading">
        <h1 id="screen-error-heading" tabIndex={-1}>
          {title}
        </h1>
        <p>{advice}</p>
        <p className="button-row">
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              this.setState({ error: undefined });
            }}
          >
            Try again
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              window.location.reload();
            }}
          >
            Reload the app
          </button>
        </p>
      </section>
    );
  }
}
