import type { TrackPoint } from "../api/types.ts";

export interface Projected {
  x: number;
  y: number;
}

export interface RouteLayout {
  origin?: Projected;
  destination?: Projected;
  courier?: Projected;
  /** Share of the way from origin to destination the courier has covered, 0…1. */
  progress: number | null;
}

/**
 * Projects the route's points into a width×height box with padding, keeping the map's proportions
 * (a degree of longitude is shorter than one of latitude away from the equator).
 */
export function layoutRoute(
  points: { origin?: TrackPoint; destination?: TrackPoint; courier?: TrackPoint },
  width: number,
  height: number,
  padding = 24,
): RouteLayout {
  const present = [points.origin, points.destination, points.courier].filter(
    (point): point is TrackPoint => point !== undefined,
  );
  if (present.length === 0) return { progress: null };
  const meanLat = present.reduce((sum, point) => sum + point.lat, 0) / present.length;
  const lngScale = Math.cos((meanLat * Math.PI) / 180);
  const xs = present.map((point) => point.lng * lngScale);
  const ys = present.map((point) => point.lat);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  const spanX = maxX - minX || 1e-6;
  const spanY = maxY - minY || 1e-6;
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  const project = (point: TrackPoint | undefined): Projected | undefined =>
    point && {
      x: offsetX + (point.lng * lngScale - minX) * scale,
      // Screen y grows downward while latitude grows northward.
      y: height - (offsetY + (point.lat - minY) * scale),
    };
  const origin = project(points.origin);
  const destination = project(points.destination);
  const courier = project(points.courier);
  return {
    ...(origin ? { origin } : {}),
    ...(destination ? { destination } : {}),
    ...(courier ? { courier } : {}),
    progress: origin && destination && courier ? progressAlong(origin, destination, courier) : null,
  };
}

function progressAlong(origin: Projected, destination: Projected, courier: Projected): number {
  const dx = destination.x - origin.x;
  const dy = destination.y - origin.y;
  const lengthSquared = dx * dx + dy * dy;
  if (lengthSquared === 0) return 1;
  const share = ((courier.x - origin.x) * dx + (courier.y - origin.y) * dy) / lengthSquared;
  return Math.min(1, Math.max(0, share));
}
