import { useEffect, type ReactNode } from 'react';

type PageTitleProps = { children: ReactNode; documentTitle?: string };

/**
 * The screen's one h1; also sets the document title so screen readers and the tab switcher
 * announce the screen after client-side navigation.
 */
export function PageTitle({ children, documentTitle }: PageTitleProps) {
  const title = documentTitle ?? (typeof children === 'string' ? children : undefined);
  useEffect(() => {
    if (title) document.title = `${title} · Steadyback`;
  }, [title]);
  return (
    <h1 tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
