import type { TaskTracking } from "../api/types.ts";
import { pick } from "../format/localized.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { layoutRoute } from "./route-geometry.ts";

const WIDTH = 320;
const HEIGHT = 180;

/** A pin's label stays inside the map: near an edge it runs inward from the pin instead of centred on it. */
function labelAnchor(x: number): { x: number; textAnchor: "start" | "middle" | "end" } {
  if (x < WIDTH * 0.2) return { x: x - 10, textAnchor: "start" };
  if (x > WIDTH * 0.8) return { x: x + 10, textAnchor: "end" };
  return { x, textAnchor: "middle" };
}

/**
 * A small map: for a delivery the shop, the user and the rider between them; for a ride the pickup,
 * the destination and the driver.
 */
export function RouteView({ tracking, ride = false }: { tracking: TaskTracking; ride?: boolean }) {
  const { t, lang } = useI18n();
  const layout = layoutRoute(tracking, WIDTH, HEIGHT, 28);
  const { origin, destination, courier } = layout;
  const eta = tracking.etaMinutes;
  const courierName = tracking.courier?.name
    ? pick(lang, tracking.courier.name, tracking.courier.nameEn)
    : undefined;
  const description = [
    t(ride ? "card.route.ride" : "card.route"),
    courierName ? `${t(ride ? "card.courier.ride" : "card.courier")}: ${courierName}` : "",
    eta !== undefined ? t("card.etaShort", { minutes: eta }) : "",
  ]
    .filter(Boolean)
    .join(" — ");
  return (
    <figure className="route-view">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={description}>
        <rect x={0} y={0} width={WIDTH} height={HEIGHT} rx={14} className="route-ground" />
        <path
          d={`M 0 ${HEIGHT * 0.62} C 90 ${HEIGHT * 0.5} 200 ${HEIGHT * 0.8} ${WIDTH} ${HEIGHT * 0.66}`}
          className="route-river"
        />
        {origin && destination ? (
          <>
            <line x1={origin.x} y1={origin.y} x2={destination.x} y2={destination.y} className="route-path" />
            {courier ? (
              <line x1={origin.x} y1={origin.y} x2={courier.x} y2={courier.y} className="route-travelled" />
            ) : null}
          </>
        ) : null}
        {origin ? (
          <g className="route-pin route-origin">
            <circle cx={origin.x} cy={origin.y} r={9} />
            <text y={origin.y - 14} {...labelAnchor(origin.x)}>
              {t(ride ? "card.origin.ride" : "card.origin")}
            </text>
          </g>
        ) : null}
        {destination ? (
          <g className="route-pin route-destination">
            <circle cx={destination.x} cy={destination.y} r={9} />
            <text y={destination.y - 14} {...labelAnchor(destination.x)}>
              {t(ride ? "card.destination.ride" : "card.destination")}
            </text>
          </g>
        ) : null}
        {courier ? (
          <g
            className="route-courier"
            data-testid="route-courier"
            style={{ transform: `translate(${courier.x}px, ${courier.y}px)` }}
          >
            <circle r={12} />
            <text y={5} textAnchor="middle">
              {ride ? "🚗" : "🛵"}
            </text>
          </g>
        ) : null}
      </svg>
      <figcaption>{description}</figcaption>
    </figure>
  );
}
