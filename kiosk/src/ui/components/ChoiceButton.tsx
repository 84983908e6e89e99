import type { ReactNode } from 'react';

/** A large touch target (well over 64 px) with a title and an optional line under it. */
export function ChoiceButton({
  title,
  hint,
  badge,
  onClick,
  disabled,
  tone = 'default',
  testId,
}: {
  title: ReactNode;
  hint?: ReactNode;
  badge?: ReactNode;
  onClick: () => void;
  disabled?: boolean;
  tone?: 'default' | 'primary' | 'muted' | 'warn';
  testId?: string;
}) {
  return (
    <button
      type="button"
      className={`choice choice--${tone}`}
      onClick={onClick}
      disabled={disabled}
      data-testid={testId}
    >
      <span className="choice__title">{title}</span>
      {hint ? <span className="choice__hint">{hint}</span> : null}
      {badge ? <span className="choice__badge">{badge}</span> : null}
    </button>
  );
}
