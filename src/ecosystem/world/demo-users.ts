/** The seeded demo accounts, listed on the sandbox login page and at GET /api/auth/demo-users. */
export interface DemoUser {
  id: string;
  username: string;
  password: string;
  displayName: string;
  lang: "zh" | "en";
  role: "user" | "operator";
  /** Where home and office are, as district ids; the seed picks a POI there. */
  homeDistrict: string;
  officeDistrict: string;
  walletFen: number;
}

export const DEMO_USERS: readonly DemoUser[] = [
  {
    id: "u_xiaoming",
    username: "xiaoming",
    password: "dimple123",
    displayName: "小明",
    lang: "zh",
    role: "user",
    homeDistrict: "xihu",
    officeDistrict: "binjiang",
    walletFen: 200_000,
  },
  {
    id: "u_alice",
    username: "alice",
    password: "dimple123",
    displayName: "Alice Chen",
    lang: "en",
    role: "user",
    homeDistrict: "shangcheng",
    officeDistrict: "xihu",
    walletFen: 200_000,
  },
  {
    id: "u_lihua",
    username: "lihua",
    password: "dimple123",
    displayName: "李华",
    lang: "zh",
    role: "user",
    homeDistrict: "gongshu",
    officeDistrict: "shangcheng",
    walletFen: 5_000,
  },
  {
    id: "u_bob",
    username: "bob",
    password: "dimple123",
    displayName: "Bob Miller",
    lang: "en",
    role: "user",
    homeDistrict: "binjiang",
    officeDistrict: "yuhang",
    walletFen: 100_000,
  },
  {
    id: "u_operator",
    username: "operator",
    password: "dimple-ops",
    displayName: "Operator",
    lang: "en",
    role: "operator",
    homeDistrict: "xihu",
    officeDistrict: "xihu",
    walletFen: 0,
  },
];

/** The user `dimple chat` speaks as when no --user is given. */
export const DEFAULT_CHAT_USER_ID = "u_xiaoming";
export const DEFAULT_CHAT_USER_ID_EN = "u_alice";
