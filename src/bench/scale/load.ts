import { percentile, round2 } from "../stats.ts";
import { EventFollower } from "./event-follower.ts";

/** A seeded account the load logs in as. */
export interface LoadUser {
  username: string;
  password: string;
  lang: "zh" | "en";
}

export interface LoadOptions {
  /** The live servers' base URLs (a killed server is left out by the caller). */
  servers: () => string[];
  users: LoadUser[];
  tasksPerUser: number;
  /** Someone outside the measured users who takes one turn on each server first (cold caches, NLU load). */
  warmUp?: LoadUser;
  /**
   * The round-robin proxy in front of the servers: sign-ins and PIN set-ups go through it (so they
   * spread as a load balancer spreads them); streams and turns pick their server themselves, so each
   * user's updates must cross from the server that ran them to the one holding the stream.
   */
  proxy?: string;
  /** Runs once when half the tasks are confirmed (a test kills a worker there). */
  midway?: () => Promise<void>;
  /** Runs once every task is confirmed, before waiting for them to end (a test kills a server there). */
  afterConfirms?: () => Promise<void>;
  timeoutMs?: number;
}

/** One user's run: its stream, its tasks, and the requests that did not give a card. */
export interface UserRun {
  username: string;
  userId: string;
  follower: EventFollower;
  taskIds: string[];
  noCard: string[];
}

export interface LoadResult {
  users: UserRun[];
  tasks: number;
  completed: number;
  notCompleted: { taskId: string; status: string | undefined }[];
  noCard: number;
  seconds: number;
  tasksPerSecond: number;
  /** Messages per second while users were talking (start to the last confirm). */
  turnsPerSecond: number;
  turn: { n: number; p50Ms: number; p99Ms: number };
  confirm: { n: number; p50Ms: number; p99Ms: number };
  delivery: { n: number; p50Ms: number; p99Ms: number };
  duplicates: number;
  reconnects: number;
}

const DEMO_PIN = "123456";

const ORDERS = {
  zh: ["帮我点一杯拿铁送到公司", "帮我点两杯珍珠奶茶送到公司", "帮我点一杯美式咖啡送到公司"],
  en: ["order a latte to my office", "order two bubble teas to my office", "order an americano to my office"],
};

/**
 * N users at once, over HTTP: each streams its events from one server and talks (message, confirm)
 * on the other, so every update of a task confirmed on server B must cross to server A. A request
 * to a server that went away is retried on another, as a load balancer would.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const totalTasks = options.users.length * options.tasksPerUser;
  const turnMs: number[] = [];
  const confirmMs: number[] = [];
  let confirmed = 0;
  let midway: Promise<void> | undefined;

  const call = async (
    index: number | "proxy",
    path: string,
    body: unknown,
    token?: string,
    method = "POST",
  ) => {
    for (let attempt = 0; ; attempt++) {
      const servers = index === "proxy" && options.proxy ? [options.proxy] : options.servers();
      const server = servers[((index === "proxy" ? 0 : index) + attempt) % servers.length] as string;
      try {
        const response = await fetch(`${server}${path}`, {
          method,
          headers: {
            "content-type": "application/json",
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify(body),
        });
        return { status: response.status, json: (await response.json()) as Record<string, unknown> };
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
  };

  const runUser = async (user: LoadUser, index: number): Promise<UserRun> => {
    const talkOn = index + 1;
    const login = await call("proxy", "/api/auth/login", {
      username: user.username,
      password: user.password,
    });
    const { token, userId } = login.json as { token: string; userId: string };
    // A step-up (new payee, larger amount) asks for the payment PIN, which a new account sets first.
    await call("proxy", "/api/policies", { pin: DEMO_PIN }, token, "PUT");
    const follower = new EventFollower(token, options.servers, index);
    await follower.connected;
    const session = await call(talkOn, "/api/sessions", { lang: user.lang }, token);
    const sessionId = (session.json as { sessionId: string }).sessionId;
    const run: UserRun = { username: user.username, userId, follower, taskIds: [], noCard: [] };
    for (let task = 0; task < options.tasksPerUser; task++) {
      const text = ORDERS[user.lang][(index + task) % ORDERS[user.lang].length] as string;
      const begin = performance.now();
      const reply = await call(talkOn, `/api/sessions/${sessionId}/messages`, { text }, token);
      turnMs.push(performance.now() - begin);
      const events = (reply.json.events ?? []) as {
        type: string;
        status?: string;
        taskId?: string;
        text?: string;
        quote?: { cartHash: string };
      }[];
      const card = events.find((event) => event.type === "task" && event.status === "awaiting_confirmation");
      if (!card?.taskId || !card.quote) {
        run.noCard.push(`${text} → ${events.find((event) => event.type === "reply")?.text ?? reply.status}`);
        continue;
      }
      const confirmBegin = performance.now();
      let answer = await call(
        talkOn,
        `/api/tasks/${card.taskId}/confirm`,
        { cartHash: card.quote.cartHash },
        token,
      );
      const code = (answer.json.error as { code?: string } | undefined)?.code;
      if (code === "step_up_required")
        answer = await call(
          talkOn,
          `/api/tasks/${card.taskId}/confirm`,
          { cartHash: card.quote.cartHash, pin: DEMO_PIN },
          token,
        );
      confirmMs.push(performance.now() - confirmBegin);
      if (answer.status >= 400) {
        run.noCard.push(`${text} → confirm ${answer.status} ${JSON.stringify(answer.json.error)}`);
        continue;
      }
      run.taskIds.push(card.taskId);
      confirmed++;
      if (options.midway && !midway && confirmed >= totalTasks / 2) midway = options.midway();
    }
    return run;
  };

  if (options.warmUp) {
    const warmUp = options.warmUp;
    await Promise.all(
      options.servers().map(async (_server, index) => {
        const login = await call(index, "/api/auth/login", {
          username: warmUp.username,
          password: warmUp.password,
        });
        const { token } = login.json as { token: string };
        const session = await call(index, "/api/sessions", { lang: warmUp.lang }, token);
        const sessionId = (session.json as { sessionId: string }).sessionId;
        await call(index, `/api/sessions/${sessionId}/messages`, { text: ORDERS[warmUp.lang][0] }, token);
      }),
    );
  }
  const started = performance.now();
  const users = await Promise.all(options.users.map(runUser));
  const talkSeconds = (performance.now() - started) / 1000;
  await midway;
  await options.afterConfirms?.();
  const timeoutMs = options.timeoutMs ?? 180_000;
  await Promise.all(
    users.map(async (run) => {
      await run.follower.waitForEnd(run.taskIds, timeoutMs);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  for (const run of users) {
    run.follower.stop();
  }
  const notCompleted: LoadResult["notCompleted"] = [];
  let completed = 0;
  for (const run of users) {
    for (const taskId of run.taskIds) {
      const status = run.follower.statuses.get(taskId);
      if (status === "completed") completed++;
      else notCompleted.push({ taskId, status });
    }
  }
  const deliveries = users.flatMap((run) => run.follower.deliveryMs);
  const summary = (values: number[]) => {
    const ordered = [...values].sort((a, b) => a - b);
    return {
      n: ordered.length,
      p50Ms: round2(percentile(ordered, 50)),
      p99Ms: round2(percentile(ordered, 99)),
    };
  };
  return {
    users,
    tasks: users.reduce((sum, run) => sum + run.taskIds.length, 0),
    completed,
    notCompleted,
    noCard: users.reduce((sum, run) => sum + run.noCard.length, 0),
    seconds: round2(seconds),
    tasksPerSecond: round2(completed / seconds),
    turnsPerSecond: round2(turnMs.length / talkSeconds),
    turn: summary(turnMs),
    confirm: summary(confirmMs),
    delivery: summary(deliveries),
    duplicates: users.reduce((sum, run) => sum + run.follower.duplicates, 0),
    reconnects: users.reduce((sum, run) => sum + run.follower.reconnects, 0),
  };
}
