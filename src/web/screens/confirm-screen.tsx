import { useCallback, useState } from "react";
import type { ApiClient } from "../api/client.ts";
import type { TaskEvent } from "../api/types.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { TaskCard } from "../tasks/task-card.tsx";
import { useResource } from "./use-resource.ts";

/**
 * The trusted surface for one task (`#/confirm/<taskId>`): where a card made through an outside
 * client (MCP, an OpenAI-compatible chat app) is confirmed and paid by the signed-in user in person.
 */
export function ConfirmScreen({ api, taskId }: { api: ApiClient; taskId: string }) {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version reloads the task after an action
  const task = useResource(useCallback(() => api.getTask(taskId), [api, taskId, version]));
  const [latest, setLatest] = useState<TaskEvent | null>(null);
  const after = (events: { type: string }[]) => {
    const event = events.find((each): each is TaskEvent => each.type === "task");
    if (event) setLatest(event);
    setVersion((value) => value + 1);
  };
  const shown = latest ?? (task.state === "ready" ? task.data : null);
  return (
    <main className="page" data-testid="confirm-screen">
      <h1>{t("confirm.title")}</h1>
      <p>{t("confirm.intro")}</p>
      {task.state === "loading" && !shown ? <p>{t("history.loading")}</p> : null}
      {task.state === "failed" ? <p role="alert">{t("confirm.notFound")}</p> : null}
      {shown ? (
        <TaskCard
          task={shown}
          onConfirm={async (id, cartHash, pin) => after(await api.confirmTask(id, cartHash, pin))}
          onCancel={async (id) => after(await api.cancelTask(id))}
        />
      ) : null}
    </main>
  );
}
