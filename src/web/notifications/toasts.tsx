import { useCallback, useEffect, useRef, useState } from "react";
import { useI18n } from "../i18n/i18n.tsx";

export interface Toast {
  id: number;
  text: string;
  taskId?: string;
}

const TOAST_MS = 7000;

/** A queue of toasts that dismiss themselves after a few seconds. */
export function useToasts() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback(
    (id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)),
    [],
  );
  const push = useCallback(
    (text: string, taskId?: string) => {
      const id = nextId.current++;
      setToasts((list) => [...list.slice(-3), { id, text, ...(taskId ? { taskId } : {}) }]);
      setTimeout(() => dismiss(id), TOAST_MS);
    },
    [dismiss],
  );
  return { toasts, push, dismiss };
}

/** Toasts for updates that arrive while the user is on another screen; tapping one opens the chat. */
export function Toasts({
  toasts,
  onDismiss,
  onOpen,
}: {
  toasts: Toast[];
  onDismiss: (id: number) => void;
  onOpen: () => void;
}) {
  const { t } = useI18n();
  const regionRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const last = toasts[toasts.length - 1];
      if (event.key === "Escape" && last) onDismiss(last.id);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [toasts, onDismiss]);
  return (
    <div className="toasts" role="status" aria-live="polite" aria-label={t("toast.region")} ref={regionRef}>
      {toasts.map((toast) => (
        <div key={toast.id} className="toast" data-testid="toast">
          <button type="button" className="toast-body" onClick={onOpen}>
            {toast.text}
          </button>
          <button
            type="button"
            className="icon-button toast-close"
            aria-label={t("toast.dismiss")}
            onClick={() => onDismiss(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
