/** Geodesy helpers for region matching (pure, no dependencies). */

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;

export interface LatLon {
  lat: number;
  lon: number;
}

const toRad = (deg: number): number => (deg * Math.PI) / 180;

/**
 * Great-circle distance in km between two points (haversine formula on a
 * sphere of radius EARTH_RADIUS_KM). Accurate to ~0.5% versus the ellipsoid,
 * which is plenty for alert regions.
 */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  // Clamp: rounding can push h marginally outside [0, 1] for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, Math.max(0, h))));
}

/** True when `point` lies within `radiusKm` of `centre` (boundary inclusive). */
export function withinRadius(point: LatLon, centre: LatLon, radiusKm: number): boolean {
  return haversineKm(point, centre) <= radiusKm;
}
