import { useI18n } from "../i18n/i18n.tsx";
import { Avatar } from "./avatar.tsx";
import { EXPRESSIONS } from "./expression.ts";
import type { Viseme } from "./visemes.ts";

const VISEMES: Viseme[] = ["rest", "open", "wide", "round", "pucker", "closed", "teeth"];

/** A developer page (#/avatar-gallery, not linked from the app) showing every expression and mouth shape. */
export function AvatarGallery() {
  const { t } = useI18n();
  return (
    <main className="gallery" aria-label="Avatar gallery">
      <h1>Avatar gallery</h1>
      <section className="gallery-grid">
        {EXPRESSIONS.map((expression) => (
          <figure key={expression} className="gallery-item" data-gallery-expression={expression}>
            <Avatar
              expression={expression}
              still
              label={t("avatar.label", { state: t(`avatar.state.${expression}`) })}
            />
            <figcaption>{expression}</figcaption>
          </figure>
        ))}
      </section>
      <h2>Visemes (speaking)</h2>
      <section className="gallery-grid gallery-grid-small">
        {VISEMES.map((viseme) => (
          <figure key={viseme} className="gallery-item" data-gallery-viseme={viseme}>
            <Avatar expression="speaking" viseme={viseme} still label={viseme} />
            <figcaption>{viseme}</figcaption>
          </figure>
        ))}
      </section>
      <h2>Blink and gaze</h2>
      <section className="gallery-grid gallery-grid-small">
        <figure className="gallery-item">
          <Avatar expression="idle" still gaze={{ x: 0, y: 1 }} label="looking at the input" />
          <figcaption>gaze input (phone)</figcaption>
        </figure>
        <figure className="gallery-item">
          <Avatar expression="idle" still gaze={{ x: 0.85, y: 0.15 }} label="looking at messages" />
          <figcaption>gaze messages (desktop)</figcaption>
        </figure>
      </section>
    </main>
  );
}
