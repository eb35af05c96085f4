/**
 * Jobs that failed their last retry: what they were and why, for the operator
 * (`dimple worker --dead-letters`). The queue keeps its own copy; this one outlives its archiving.
 */
export interface JobDeadLettersTable {
  id: string;
  queue: string;
  job_id: string;
  stepper: string;
  item_key: string | null;
  attempts: number;
  reason: string;
  failed_at: number;
}

export interface JobTables {
  job_dead_letters: JobDeadLettersTable;
}
