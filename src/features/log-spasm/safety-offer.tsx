import { useEffect, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { undoLog } from './save-episode';

/**
 * Shown in place of the form after a spasm rated 8 or more, or one nothing eased: the
 * confirmation with Undo, and the safety check offered where it can't be missed or time out.
 */
export function SafetyOffer({ episodeId }: { episodeId: string }) {
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);

  // The Save button the person pressed is gone; land them on what replaced it.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section role="status" className="card safety-offer" aria-labelledby="spasm-logged-heading">
      <h2 id="spasm-logged-heading" ref={heading} tabIndex={-1}>
        Spasm logged
      </h2>
      <p className="notice">
        A spasm this bad, or one nothing eases, is worth a quick safety check.
      </p>
      <p className="button-row">
        <Link to="/safety-check" className="button button-primary">
          Take the safety check
        </Link>
        <Link to="/" className="button">
          Done
        </Link>
        <button
          type="button"
          className="button"
          onClick={() => {
            void undoLog(episodeId).then((removed) => {
              if (removed) void navigate('/');
            });
          }}
        >
          Undo
        </button>
      </p>
      <p className="link-line">
        <Link to="/seek-care">When to seek care</Link>
      </p>
    </section>
  );
}
