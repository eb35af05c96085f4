/**
 * Rebuilds data/nlu/external/*.jsonl (training) and data/nlu/heldout/*.jsonl (the promotion gate's
 * held-out set) from public corpora nobody on this project wrote, relabelled onto Dimple's 13 intents.
 * The mapping, licences and pinned commits are documented in data/nlu/README.md.
 *
 *   npx tsx scripts/nlu-data/build-external.ts [--mirror DIR] [--dev DIR]
 *
 * --mirror holds the fetched snapshots as <owner>+<name>/repo (git directories; default /work/.mirror).
 * Files are read with `git show COMMIT:PATH`, so the output depends only on the pinned commits.
 * --dev (default ../shared/data/nlu-dev) is the external dev set: any text equal to one of its texts
 * after normalisation is dropped here, and a test checks it again.
 *
 * Deterministic: rows are chosen by a hash of their text, never by Math.random, and whole dialogues
 * (or conversations) go to one side of the held-out split.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { hashString } from "../../src/agent/brain/nlu/features.ts";
import type { Intent, Language } from "../../src/agent/brain/nlu/intents.ts";
import { normalizeText } from "../../src/agent/brain/nlu/normalize.ts";
import { textHash } from "../../src/agent/brain/nlu/training-data.ts";
import { camrest } from "./camrest.ts";
import { homeAssistant } from "./home-assistant.ts";
import { personalityChat } from "./personality-chat.ts";
import { risawoz } from "./risawoz.ts";

const { values } = parseArgs({
  options: {
    mirror: { type: "string", default: "/work/.mirror" },
    dev: { type: "string", default: new URL("../../../shared/data/nlu-dev/", import.meta.url).pathname },
    out: { type: "string", default: new URL("../../data/nlu/", import.meta.url).pathname },
  },
});

/** The snapshots used, pinned. */
export const SOURCES = {
  convlab2: { repo: "thu-coai/ConvLab-2", commit: "b014b81fcb1ff74f54681917eee39c14c87af3e5" },
  multidogo: {
    repo: "awslabs/multi-domain-goal-oriented-dialogues-dataset",
    commit: "baa30639c4b271f394b81443c842193407cdf26d",
  },
  polyai: { repo: "PolyAI-LDN/task-specific-datasets", commit: "57ec275d8078af65b7731c2a98be812d844a6d6b" },
  nlueval: { repo: "sebischair/NLU-Evaluation-Corpora", commit: "9bac08b980f0f570c4166e2d7243c2971df50d8f" },
  chatterbot: { repo: "gunthercox/chatterbot-corpus", commit: "a01efece26661309b870af0251d96f94ee09fb19" },
  kdconv: { repo: "thu-coai/KdConv", commit: "653db76432de09a004ba708a68f8bbd5500e6bec" },
  taskmaster: {
    repo: "google-research-datasets/Taskmaster",
    commit: "d92cb6af3005f1dc09c39e75e7daf4a04905e00b",
  },
  ovosWeather: { repo: "OpenVoiceOS/ovos-skill-weather", commit: "41ebc2b7f98fdc3b39f6ee4538fe6d778ad84ed2" },
  personalityChat: {
    repo: "ntulsi/BotBuilder-PersonalityChat",
    commit: "67174467a6d94b849c0fe2e4b5c4c2053ed9ed88",
  },
  haIntents: { repo: "home-assistant/intents", commit: "aa550032a57b67c13995c032220bc4101521ead2" },
  risawoz: { repo: "alee2022/llm-xrisawoz", commit: "025fb949f1db1b51fc2b12519c73207dad58cfef" },
} as const;

/** Rows kept per (source, language, intent): training side and held-out side. */
const TRAIN_CAP = 700;
const HELD_CAP = 120;
/** Share of dialogues/conversations that go to the held-out side. */
const HELD_SHARE = 0.15;

interface Row {
  text: string;
  lang: Language;
  intent: Intent;
  source: string;
  /** Dialogue or conversation id: a whole group goes to one side of the held-out split. */
  group: string;
}

function gitDir(repo: string): string {
  const base = join(values.mirror as string, repo.replace("/", "+"), "repo");
  for (const candidate of [join(base, ".git"), base])
    if (existsSync(join(candidate, "HEAD"))) return candidate;
  throw new Error(`no snapshot of ${repo} under ${values.mirror}; fetch github:${repo} first`);
}

function show(source: keyof typeof SOURCES, path: string): Buffer {
  const { repo, commit } = SOURCES[source];
  return execFileSync("git", ["--git-dir", gitDir(repo), "show", `${commit}:${path}`], {
    maxBuffer: 256 * 1024 * 1024,
  });
}

const text = (source: keyof typeof SOURCES, path: string) => show(source, path).toString("utf8");

/** The files under a folder of a snapshot at its pinned commit, recursively. */
function listFiles(source: keyof typeof SOURCES, folder: string): string[] {
  const { repo, commit } = SOURCES[source];
  return execFileSync("git", [
    "--git-dir",
    gitDir(repo),
    "ls-tree",
    "-r",
    "--name-only",
    commit,
    `${folder}/`,
  ])
    .toString("utf8")
    .split("\n")
    .filter(Boolean);
}

/** The JSON inside a zipped file of a snapshot: its only member, or `member` when the zip has others (macOS "__MACOSX/" entries), via the system `unzip`. */
function unzipJson(source: keyof typeof SOURCES, path: string, member?: string): unknown {
  const directory = mkdtempSync(join(tmpdir(), "nlu-ext-"));
  try {
    const file = join(directory, "data.zip");
    writeFileSync(file, show(source, path));
    return JSON.parse(
      execFileSync("unzip", ["-p", file, ...(member ? [member] : [])], {
        maxBuffer: 512 * 1024 * 1024,
      }).toString("utf8"),
    );
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

// ---------- MultiWOZ 2.1 (English, ConvLab-2 val/test) and its Chinese translation ----------

type WozDialogues = Record<string, { log: { text: string; dialog_act?: Record<string, string[][]> }[] }>;

/** Domain names (English; Chinese as in multiwoz_zh) → intent; booking slots mark a reservation. */
const WOZ_DOMAINS: Record<string, Intent | "skip"> = {
  Restaurant: "search_place",
  Attraction: "search_place",
  Hotel: "search_place",
  Taxi: "ride_hail",
  Police: "out_of_scope",
  Hospital: "out_of_scope",
  Train: "skip",
  Booking: "skip",
  餐厅: "search_place",
  景点: "search_place",
  旅馆: "search_place",
  出租车: "ride_hail",
  警察机关: "out_of_scope",
  医院: "out_of_scope",
  列车: "skip",
  预订: "skip",
};
const WOZ_BOOKING_SLOTS = new Set([
  "People",
  "Time",
  "Day",
  "Stay",
  "Ref",
  "人数",
  "时间",
  "日期",
  "停留天数",
  "参考编号",
]);
const WOZ_GENERAL = new Set(["general", "常规"]);

/**
 * One user turn's intent: all its acts in one domain that maps to an intent; a restaurant or hotel
 * turn that carries booking slots (people, day, time, stay) is a reservation and left out, as the
 * dev set leaves table reservations out. A turn that only thanks or greets is smalltalk.
 */
function wozIntent(acts: Record<string, string[][]>): Intent | undefined {
  const names = Object.keys(acts);
  if (names.length === 0) return undefined;
  const all = new Set(names.map((name) => name.split("-")[0] as string));
  // "Thanks. I also need a taxi" is a taxi request: thanks and greetings beside a task act follow the task.
  const tasks = [...all].filter((domain) => !WOZ_GENERAL.has(domain));
  const domains = tasks.length > 0 ? new Set(tasks) : all;
  if (domains.size !== 1) return undefined;
  const domain = [...domains][0] as string;
  if (WOZ_GENERAL.has(domain)) {
    const kinds = names.map((name) => name.split("-")[1]);
    return kinds.every((kind) => ["thank", "谢谢", "greet", "问好", "bye", "再见"].includes(kind as string))
      ? "smalltalk"
      : undefined;
  }
  const intent = WOZ_DOMAINS[domain];
  if (!intent || intent === "skip") return undefined;
  if (intent === "search_place") {
    for (const [name, pairs] of Object.entries(acts))
      if (!WOZ_GENERAL.has(name.split("-")[0] as string))
        for (const [slot] of pairs) if (WOZ_BOOKING_SLOTS.has(slot as string)) return undefined;
  }
  return intent;
}

function multiwoz(lang: Language, files: string[], source: string): Row[] {
  const rows: Row[] = [];
  for (const path of files) {
    const dialogues = unzipJson("convlab2", path) as WozDialogues;
    for (const [id, dialogue] of Object.entries(dialogues)) {
      dialogue.log.forEach((turn, index) => {
        if (index % 2 === 1) return; // system turns
        const intent = wozIntent(turn.dialog_act ?? {});
        if (intent) rows.push({ text: turn.text, lang, intent, source, group: `${path}:${id}` });
      });
    }
  }
  return rows;
}

// ---------- MultiDoGO (English customer-service chats), sentence-level intents ----------

const MULTIDOGO: Record<string, Record<string, Intent>> = {
  fastfood: {
    orderpizzaintent: "order_delivery",
    orderdrinkintent: "order_delivery",
    ordersaladintent: "order_delivery",
    orderburgerintent: "order_delivery",
    orderdessertintent: "order_delivery",
    ordersideintent: "order_delivery",
    orderbreakfastintent: "order_delivery",
  },
  finance: {
    checkbalance: "wallet_balance",
    transfermoney: "payment",
    reportlostcard: "out_of_scope",
    updateaddress: "out_of_scope",
    disputecharge: "out_of_scope",
    replacecard: "out_of_scope",
    closeaccount: "out_of_scope",
    getroutingnumber: "out_of_scope",
    orderchecks: "out_of_scope",
    checkoffereligibility: "out_of_scope",
  },
  insurance: {
    getproofofinsurance: "out_of_scope",
    checkclaimstatus: "out_of_scope",
    reportbrokenphone: "out_of_scope",
  },
  media: {
    startserviceintent: "out_of_scope",
    getinformationintent: "out_of_scope",
    viewbillsintent: "out_of_scope",
  },
  software: {
    reportbrokensoftware: "out_of_scope",
    softwareupdate: "out_of_scope",
    expensereport: "out_of_scope",
    checkserverstatus: "out_of_scope",
  },
};
const MULTIDOGO_SMALLTALK = new Set(["openinggreeting", "thankyou", "closinggreeting"]);
const ORDER_REQUEST = /\b(order|want|wanna|like|get|have|need|give|add|bring|deliver)\b/iu;

function multidogo(): Row[] {
  const rows: Row[] = [];
  for (const [domain, mapping] of Object.entries(MULTIDOGO)) {
    for (const split of ["train", "dev", "test"]) {
      const lines = text(
        "multidogo",
        `data/paper_splits/splits_annotated_at_sentence_level/${domain}/${split}.tsv`,
      ).split("\n");
      for (const line of lines.slice(1)) {
        const fields = line.split("\t");
        if (fields.length < 7) continue;
        const label = (fields[6] as string).trim();
        const utterance = (fields[4] as string).trim();
        // Slot-only fragments ("large", "cash") say nothing about the intent; multi-intent labels are mixed.
        const intent = mapping[label] ?? (MULTIDOGO_SMALLTALK.has(label) ? "smalltalk" : undefined);
        if (!intent || utterance.split(/\s+/u).length < 3) continue;
        // An order line must ask for something: "2 classic chicken sandwich" only answers the agent's question.
        if (domain === "fastfood" && intent === "order_delivery" && !ORDER_REQUEST.test(utterance)) continue;
        rows.push({
          text: utterance,
          lang: "en",
          intent,
          source: intent === "smalltalk" ? "multidogo-smalltalk" : `multidogo-${domain}`,
          group: fields[0] as string,
        });
      }
    }
  }
  return rows;
}

// ---------- Banking77: card and account problems a shopping assistant cannot handle ----------

/** Banking77 categories left out: transfers, top-ups, balances and refunds overlap payment, wallet and cancel. */
const BANKING_SKIP =
  /transfer|top_up|topping_up|balance|refund|receiving_money|exchange_via_app|cash_or_cheque/u;

function banking77(): Row[] {
  const rows: Row[] = [];
  for (const split of ["train", "test"]) {
    for (const line of text("polyai", `banking_data/${split}.csv`).split("\n").slice(1)) {
      const match = /^(?:"((?:[^"]|"")*)"|([^,]*)),([a-z_A-Z?]+)\s*$/u.exec(line);
      if (!match) continue;
      const utterance = (match[1]?.replace(/""/gu, '"') ?? match[2] ?? "").trim();
      const category = match[3] as string;
      if (BANKING_SKIP.test(category.toLowerCase())) continue;
      rows.push({
        text: utterance,
        lang: "en",
        intent: "out_of_scope",
        source: "banking77",
        group: `${category}:${utterance}`,
      });
    }
  }
  return rows;
}

// ---------- NLU Evaluation Corpora (Braun et al. 2017) ----------

function nluEval(): Row[] {
  const rows: Row[] = [];
  const files: [string, (intent: string) => Intent | undefined][] = [
    // FindConnection: "how do I get from X to Y" on Munich public transport. DepartureTime is a timetable question: left out.
    ["ChatbotCorpus.json", (intent) => (intent === "FindConnection" ? "route" : undefined)],
    ["AskUbuntuCorpus.json", (intent) => (intent === "None" ? undefined : "out_of_scope")],
    ["WebApplicationsCorpus.json", (intent) => (intent === "None" ? undefined : "out_of_scope")],
  ];
  for (const [file, map] of files) {
    const corpus = JSON.parse(text("nlueval", file)) as { sentences: { text: string; intent: string }[] };
    for (const sentence of corpus.sentences) {
      const intent = map(sentence.intent);
      if (intent)
        rows.push({
          text: sentence.text,
          lang: "en",
          intent,
          source: intent === "route" ? "nlu-eval-chatbot" : "nlu-eval-stackexchange",
          group: sentence.text,
        });
    }
  }
  return rows;
}

// ---------- ChatterBot corpus: the opening line of each conversation ----------

const CHATTER_SMALLTALK = [
  "greetings",
  "conversations",
  "botprofile",
  "humor",
  "emotion",
  "psychology",
  "ai",
];
const CHATTER_OOS = [
  "history",
  "science",
  "literature",
  "sports",
  "trivia",
  "politics",
  "computers",
  "health",
  "money",
  "gossip",
];

/** The first line of every `- - line` conversation of a ChatterBot YAML file (a flat subset of YAML). */
function chatterOpenings(yaml: string): string[] {
  const openings: string[] = [];
  for (const line of yaml.split("\n")) {
    const match = /^- - (.+)$/u.exec(line);
    if (!match) continue;
    let value = (match[1] as string).trim();
    if (/^(['"]).*\1$/u.test(value)) value = value.slice(1, -1);
    if (value && !value.startsWith("|") && !value.startsWith(">")) openings.push(value);
  }
  return openings;
}

function chatterbot(): Row[] {
  const rows: Row[] = [];
  for (const [lang, folder] of [
    ["en", "english"],
    ["zh", "chinese"],
  ] as const) {
    for (const [categories, intent] of [
      [CHATTER_SMALLTALK, "smalltalk"],
      [CHATTER_OOS, "out_of_scope"],
    ] as const) {
      for (const category of categories) {
        let yaml: string;
        try {
          yaml = text("chatterbot", `chatterbot_corpus/data/${folder}/${category}.yml`);
        } catch {
          continue; // not every category exists in both languages
        }
        for (const opening of chatterOpenings(yaml))
          rows.push({ text: opening, lang, intent, source: `chatterbot-${lang}`, group: opening });
      }
    }
  }
  return rows;
}

// ---------- KdConv (Chinese knowledge-grounded chat about music): questions outside Dimple ----------

const KD_QUESTION = /[？?]|吗|呢|什么|哪|谁|怎么|多少|几/u;

function kdconv(): Row[] {
  const rows: Row[] = [];
  for (const split of ["dev", "test"]) {
    const conversations = JSON.parse(text("kdconv", `data/music/${split}.json`)) as {
      messages: { message: string }[];
    }[];
    conversations.forEach((conversation, index) => {
      // The user's side: the opening and every other message after it.
      conversation.messages.forEach((message, position) => {
        // Questions only: the corpus's statements ("他获得了最佳专辑奖。") are not what people ask an assistant.
        if (position % 2 === 0 && message.message.length <= 40 && KD_QUESTION.test(message.message))
          rows.push({
            text: message.message,
            lang: "zh",
            intent: "out_of_scope",
            source: "kdconv-music",
            group: `${split}:${index}`,
          });
      });
    });
  }
  return rows;
}

// ---------- Taskmaster-3 (movie tickets) and Taskmaster-4 (coffee orders), English self-dialogs ----------

/** A turn that asks for tickets or seats, or to buy or book them, is a purchase; the rest of an opening looks for films. */
const TICKET_REQUEST = /\b(tickets?|seats?|buy|book|purchase|reserve)\b/iu;

/**
 * TM-3's dialogues as its reward files keep them (the data files are over the snapshot's size limit):
 * every context is a prefix of one dialogue, so the longest one per conversation holds its user turns.
 * The opening turn ("What's playing at the AMC tonight?") → search_events, or buy_tickets when it asks
 * for tickets; later turns only when they ask for tickets ("Can I get two tickets for Dune?") →
 * buy_tickets. Other later turns ("the 7:20 one", "yes") lean on the dialogue and are left out.
 */
function taskmasterMovies(): Row[] {
  const dialogues = new Map<string, string[]>();
  for (let part = 0; part < 8; part++) {
    const entries = JSON.parse(text("taskmaster", `TM-3-2020/reward/reward_0${part}.json`)) as {
      conversation_id: string;
      context: string;
    }[];
    for (const entry of entries) {
      const turns = JSON.parse(entry.context) as { role: string; text?: string }[];
      const users = turns.flatMap((turn) => (turn.role === "user" && turn.text ? [turn.text] : []));
      if (users.length > (dialogues.get(entry.conversation_id)?.length ?? 0))
        dialogues.set(entry.conversation_id, users);
    }
  }
  const rows: Row[] = [];
  for (const [id, users] of dialogues) {
    users.forEach((utterance, position) => {
      const asksTickets = TICKET_REQUEST.test(utterance) && utterance.split(/\s+/u).length >= 3;
      if (position > 0 && !asksTickets) return;
      const intent: Intent = asksTickets ? "buy_tickets" : "search_events";
      rows.push({ text: utterance, lang: "en", intent, source: "taskmaster-movies", group: id });
    });
  }
  return rows;
}

/** TM-4's opening user turns that ask for a drink ("Can I get a double shot cappuccino?") → order_delivery. */
function taskmasterCoffee(): Row[] {
  const rows: Row[] = [];
  for (let part = 0; part < 8; part++) {
    const dialogues = JSON.parse(text("taskmaster", `TM-4-2024/data/data_0${part}.json`)) as {
      conversation_id: string;
      utterances: { speaker: string; text: string }[];
    }[];
    for (const dialogue of dialogues) {
      const opening = dialogue.utterances.find((utterance) => utterance.speaker === "user")?.text ?? "";
      // Menu questions and off-topic openings ("when does the new iPhone come out?") are left out.
      if (!ORDER_REQUEST.test(opening) || opening.split(/\s+/u).length < 3) continue;
      rows.push({
        text: opening,
        lang: "en",
        intent: "order_delivery",
        source: "taskmaster-coffee",
        group: dialogue.conversation_id,
      });
    }
  }
  return rows;
}

// ---------- OVOS weather skill (English voice-assistant phrasings of weather questions) ----------

/** The skill's intent files that ask about weather; sunrise and sunset are astronomy, not a forecast. */
const OVOS_WEATHER_SKIP = new Set(["sunrise.intent", "sunset.intent"]);

/**
 * The OpenVoiceOS weather skill's English intent files (padatious: one phrasing a line, `{location}`
 * an entity). Lines with an entity are left out (filling them would be our writing); each file is
 * one group, so its near-identical lines ("… for monday", "… for friday") stay on one side of the split.
 */
function ovosWeather(): Row[] {
  const folder = "locale/en-us/intents";
  const { repo, commit } = SOURCES.ovosWeather;
  const names = execFileSync("git", [
    "--git-dir",
    gitDir(repo),
    "ls-tree",
    "--name-only",
    commit,
    `${folder}/`,
  ])
    .toString("utf8")
    .split("\n")
    .map((path) => path.split("/").pop() ?? "")
    .filter((name) => name.endsWith(".intent") && !OVOS_WEATHER_SKIP.has(name))
    .sort();
  const rows: Row[] = [];
  for (const name of names) {
    for (const line of text("ovosWeather", `${folder}/${name}`).split("\n")) {
      const phrasing = line.trim();
      if (!phrasing || phrasing.startsWith("#") || /[{}()|]/u.test(phrasing)) continue;
      rows.push({ text: phrasing, lang: "en", intent: "weather", source: "ovos-weather", group: name });
    }
  }
  return rows;
}

// ---------- assemble ----------

function readDevTexts(directory: string): Set<string> {
  const texts = new Set<string>();
  for (const lang of ["en", "zh"]) {
    const path = join(directory, `${lang}.jsonl`);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, "utf8").split("\n"))
      if (line.trim()) texts.add(normalizeText((JSON.parse(line) as { text: string }).text));
  }
  return texts;
}

function main(): void {
  const devTexts = readDevTexts(values.dev as string);
  if (devTexts.size === 0) console.warn(`warning: no dev set at ${values.dev}; overlap is not checked here`);
  const all: Row[] = [
    ...multiwoz("en", ["data/multiwoz/val.json.zip", "data/multiwoz/test.json.zip"], "multiwoz-en"),
    ...multiwoz(
      "zh",
      [
        "data/multiwoz_zh/human_val.json.zip",
        "data/multiwoz_zh/val.json.zip",
        "data/multiwoz_zh/test.json.zip",
      ],
      "multiwoz-zh",
    ),
    ...multidogo(),
    ...banking77(),
    ...nluEval(),
    ...chatterbot(),
    ...kdconv(),
    // Last: a text that another corpus also has keeps that corpus's row, so older sources stay as they were.
    ...taskmasterMovies(),
    ...taskmasterCoffee(),
    ...ovosWeather(),
    ...camrest((path, member) => unzipJson("convlab2", path, member)),
    ...personalityChat((path) => text("personalityChat", path)),
    ...homeAssistant(
      (folder) => listFiles("haIntents", folder),
      (path) => text("haIntents", path),
    ),
  ];
  // Sources added later never displace an older source's row that says the same thing.
  const older = new Set(all.map((row) => normalizeText(row.text.replace(/\s+/gu, " ").trim())));
  for (const row of risawoz((path) => JSON.parse(text("risawoz", path))))
    if (!older.has(normalizeText(row.text))) all.push(row);
  const seen = new Set<string>();
  const buckets = new Map<string, { train: Row[]; held: Row[] }>();
  let droppedDev = 0;
  // Sorted by hash so the cap keeps a deterministic, evenly spread sample.
  const ordered = all
    .map((row) => ({ row, key: hashString(`row:${normalizeText(row.text)}`) }))
    .sort((a, b) => a.key - b.key || a.row.text.localeCompare(b.row.text));
  for (const { row } of ordered) {
    const cleaned = row.text.replace(/\s+/gu, " ").trim();
    const normalized = normalizeText(cleaned);
    if (normalized.length < 2 || cleaned.length > 200) continue;
    if (devTexts.has(normalized)) {
      droppedDev++;
      continue;
    }
    if (seen.has(normalized)) continue;
    seen.add(normalized);
    const key = `${row.source}\t${row.lang}\t${row.intent}`;
    const bucket = buckets.get(key) ?? { train: [], held: [] };
    buckets.set(key, bucket);
    const held = hashString(`held:${row.source}:${row.group}`) % 1000 < HELD_SHARE * 1000;
    const side = held ? bucket.held : bucket.train;
    if (side.length < (held ? HELD_CAP : TRAIN_CAP)) side.push({ ...row, text: cleaned });
  }
  const out = values.out as string;
  if (devTexts.size > 0) {
    // Hashes, not texts: training drops any example that says exactly what a dev row says (templates
    // can produce short common phrases like "turn off all alarms"), whatever the seed or the template.
    const hashes = [...new Set([...devTexts].map(textHash))].sort();
    writeFileSync(
      join(out, "dev-text-hashes.txt"),
      `# sha256 (first 16 hex) of the normalised texts of the external dev set; never trained on.\n# Regenerated by scripts/nlu-data/build-external.ts.\n${hashes.join("\n")}\n`,
    );
  }
  const counts: Record<string, { train: number; heldOut: number }> = {};
  for (const [folder, side] of [
    ["external", "train"],
    ["heldout", "held"],
  ] as const) {
    mkdirSync(join(out, folder), { recursive: true });
    for (const lang of ["en", "zh"] as const) {
      const rows = [...buckets.values()]
        .flatMap((bucket) => bucket[side])
        .filter((row) => row.lang === lang)
        .sort(
          (a, b) =>
            a.source.localeCompare(b.source) ||
            a.intent.localeCompare(b.intent) ||
            a.text.localeCompare(b.text),
        );
      const lines = rows.map((row) =>
        JSON.stringify(
          side === "train"
            ? {
                text: row.text,
                lang: row.lang,
                intent: row.intent,
                source: row.source,
                group: hashGroup(row),
              }
            : { text: row.text, lang: row.lang, intent: row.intent, source: row.source },
        ),
      );
      writeFileSync(join(out, folder, `${lang}.jsonl`), `${lines.join("\n")}\n`);
    }
  }
  for (const [key, bucket] of [...buckets].sort()) {
    counts[key.replace(/\t/gu, " ")] = { train: bucket.train.length, heldOut: bucket.held.length };
  }
  console.log(JSON.stringify({ droppedAsDevText: droppedDev, counts }, null, 1));
}

/** A short stable id for a row's dialogue, so training can keep whole dialogues on one side of its own splits. */
function hashGroup(row: Row): string {
  return `${row.source}:${hashString(row.group).toString(36)}`;
}

main();
