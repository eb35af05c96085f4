import { useEffect, useState } from "react";

export type Route = "chat" | "history" | "profile" | "settings" | "dashboard" | "avatar-gallery" | "confirm";

const routes: readonly Route[] = [
  "chat",
  "history",
  "profile",
  "settings",
  "dashboard",
  "avatar-gallery",
  "confirm",
];

/** Reads the route from a location hash such as "#/history"; anything unknown is the chat. */
export function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, "").split(/[?/]/)[0] ?? "";
  return (routes as readonly string[]).includes(name) ? (name as Route) : "chat";
}

/** The task a confirm link names ("#/confirm/<taskId>", the link Dimple gives outside clients). */
export function taskIdFromHash(hash: string): string | null {
  const match = /^#\/?confirm\/([^/?]+)/.exec(hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** Hash routing: works behind any static server and needs no router library for four screens. */
export function useHashRoute(): [Route, (route: Route) => void] {
  // The whole hash is the state, so a change within a route (another task's confirm link) renders too.
  const [hash, setHash] = useState(() => window.location.hash);
  const route = routeFromHash(hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return [
    route,
    (next) => {
      window.location.hash = `#/${next}`;
    },
  ];
}
