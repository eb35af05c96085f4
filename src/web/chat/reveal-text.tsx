import { useEffect, useState } from "react";

function prefersReducedMotion(): boolean {
  return (
    typeof window !== "undefined" && window.matchMedia?.("(prefers-reduced-motion: reduce)").matches === true
  );
}

/**
 * Shows a reply as if it were being typed, a few characters a frame, as plain text.
 * Screen readers get the full text at once; people who prefer less motion see it whole.
 */
export function RevealText({ text }: { text: string }) {
  const characters = Array.from(text);
  const [shown, setShown] = useState(() => (prefersReducedMotion() ? characters.length : 0));
  useEffect(() => {
    if (shown >= characters.length) return;
    const timer = setTimeout(() => setShown((count) => Math.min(characters.length, count + 3)), 24);
    return () => clearTimeout(timer);
  }, [shown, characters.length]);
  const done = shown >= characters.length;
  return (
    <>
      <span className="visually-hidden">{text}</span>
      <span aria-hidden="true" className={done ? "reveal" : "reveal reveal-typing"}>
        {done ? text : characters.slice(0, shown).join("")}
      </span>
    </>
  );
}
