// One labelled form control with its error in words beside it (linked by aria-describedby).
import type { ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface Props {
  id: string;
  label: string;
  error: string | undefined;
  className?: string;
  children(control: ControlProps): ReactNode;
}

export function Field({ id, label, error, className = '', children }: Props) {
  const errorId = `${id}-error`;
  return (
    <div className={`field ${className}${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? errorId : undefined })}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
