import type { ReactNode } from "react";
import type { FieldMessage } from "./settings-text.ts";

/** The message under a field: what is wrong, and the server's code when it came from the server. */
export function FieldError({ id, field, message }: { id: string; field: string; message: FieldMessage }) {
  return (
    <p id={id} className="field-error" data-testid="field-error" data-field={field}>
      {message.text}
      {message.code ? <code className="error-code">{message.code}</code> : null}
    </p>
  );
}

export interface AmountFieldProps {
  /** The policy field it edits (`perOrderLimitFen` …), also the input's test id. */
  field: string;
  label: string;
  help: string;
  value: string;
  onChange: (value: string) => void;
  message?: FieldMessage | undefined;
}

/** An amount in yuan (the wire carries fen); the yuan sign sits inside the box. */
export function AmountField({ field, label, help, value, onChange, message }: AmountFieldProps) {
  const id = `setting-${field}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className={message ? "amount-input amount-input-invalid" : "amount-input"}>
        <span aria-hidden="true">¥</span>
        <input
          id={id}
          data-testid={`setting-${field}`}
          inputMode="decimal"
          autoComplete="off"
          value={value}
          aria-invalid={message ? true : undefined}
          aria-describedby={`${id}-help${message ? ` ${id}-error` : ""}`}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      <p id={`${id}-help`} className="field-help">
        {help}
      </p>
      {message ? <FieldError id={`${id}-error`} field={field} message={message} /> : null}
    </div>
  );
}

/** An on/off switch: a checkbox with the switch role, its label beside it and help below. */
export function Switch({
  testId,
  checked,
  disabled,
  onChange,
  children,
}: {
  testId: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <label className="switch">
      <input
        type="checkbox"
        role="switch"
        data-testid={testId}
        checked={checked}
        disabled={disabled}
        aria-checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
      <span className="switch-label">{children}</span>
    </label>
  );
}
