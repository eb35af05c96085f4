const TOKEN_KEY = "dimple.token";
const MUTED_KEY = "dimple.muted";

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The saved session token, if any. */
export function loadToken(): string | null {
  return storage()?.getItem(TOKEN_KEY) ?? null;
}

/** Saves (or with null, forgets) the session token. */
export function saveToken(token: string | null): void {
  if (token) storage()?.setItem(TOKEN_KEY, token);
  else storage()?.removeItem(TOKEN_KEY);
}

/** Whether replies are read aloud; muted unless the user turned voice on. */
export function loadMuted(): boolean {
  return storage()?.getItem(MUTED_KEY) !== "false";
}

/** Remembers the voice toggle. */
export function saveMuted(muted: boolean): void {
  storage()?.setItem(MUTED_KEY, String(muted));
}
