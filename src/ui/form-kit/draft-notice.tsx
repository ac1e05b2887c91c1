import type { ReactNode } from 'react';

type DraftNoticeProps = {
  /** From useForm: whether the form began with a draft kept from before. */
  restored: boolean;
  /** From useForm: drops the draft and empties the form. */
  onStartAgain: () => void;
  children?: ReactNode;
};

/** Says that a kept draft is showing, with a way to start afresh; nothing otherwise. */
export function DraftNotice({ restored, onStartAgain, children }: DraftNoticeProps) {
  if (!restored) return null;
  return (
    <div className="notice restored">
      <p>{children ?? 'We kept what you started.'}</p>
      <button type="button" className="button" onClick={onStartAgain}>
        Start again
      </button>
    </div>
  );
}
