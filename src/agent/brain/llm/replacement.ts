import type { ProposalContext, ProposalOutcome } from "./proposal-context.ts";

/**
 * A proposal that corrects a card (`replacesTaskId`) becomes a decision that drops that card before
 * the new quote, as the embedded brain does for "make it large". Only one of the user's cards still
 * awaiting confirmation, of the same kind, can be replaced: anything else is told to the model as a
 * problem, so a model can never cancel a paid task by "replacing" it.
 */
export function replacing(
  outcome: ProposalOutcome,
  replacesTaskId: string | undefined,
  context: ProposalContext,
): ProposalOutcome {
  if (replacesTaskId === undefined || !("decision" in outcome)) return outcome;
  const { decision } = outcome;
  if (decision.type !== "start_task") return outcome;
  const task = context.turn.tasks.find((candidate) => candidate.taskId === replacesTaskId);
  if (!task)
    return { problem: `replacesTaskId ${replacesTaskId} is not one of the user's tasks in the context` };
  if (task.status !== "awaiting_confirmation")
    return {
      problem: `task ${replacesTaskId} is ${task.status}; only a card awaiting confirmation can be replaced`,
    };
  if (task.kind !== decision.request.kind)
    return {
      problem: `task ${replacesTaskId} is ${task.kind}, not ${decision.request.kind}; it cannot be replaced by this`,
    };
  return { decision: { ...decision, replacesTaskId: task.taskId } };
}
