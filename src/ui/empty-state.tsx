import type { ReactNode } from 'react';

type EmptyStateProps = {
  /** What will be here once there is data. */
  title: string;
  /** What to do first, in plain words. */
  children: ReactNode;
  action?: ReactNode;
};

export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <section className="card empty-state" aria-label={title}>
      <h2>{title}</h2>
      {children}
      {action ? <p>{action}</p> : null}
    </section>
  );
}
