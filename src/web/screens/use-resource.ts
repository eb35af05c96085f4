import { useEffect, useState } from "react";

export type Resource<T> =
  | { state: "loading" }
  | { state: "ready"; data: T }
  | { state: "failed"; message: string };

/** Loads data when `load` changes (wrap it in useCallback), tracking loading and failure as values. */
export function useResource<T>(load: () => Promise<T>): Resource<T> {
  const [resource, setResource] = useState<Resource<T>>({ state: "loading" });
  useEffect(() => {
    let live = true;
    setResource({ state: "loading" });
    load()
      .then((data) => {
        if (live) setResource({ state: "ready", data });
      })
      .catch((error: unknown) => {
        if (live)
          setResource({ state: "failed", message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      live = false;
    };
  }, [load]);
  return resource;
}
