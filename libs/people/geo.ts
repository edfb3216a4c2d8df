/** A point on the globe in degrees. */
export interface LatLng {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/**
 * Great-circle distance in kilometres. Accurate to about 0.5 % because the earth is not a sphere,
 * which is far finer than "near the seeker" needs. The atan2 form (Vincenty's, on a sphere) is
 * used rather than haversine because haversine's asin loses digits for nearly antipodal points,
 * where it can even break the triangle inequality.
 */
export function distanceKm(a: LatLng, b: LatLng): number {
  const lat1 = a.lat * RAD;
  const lat2 = b.lat * RAD;
  const dLng = (b.lng - a.lng) * RAD;
  const cosLat1 = Math.cos(lat1);
  const cosLat2 = Math.cos(lat2);
  const sinLat1 = Math.sin(lat1);
  const sinLat2 = Math.sin(lat2);
  const cosDLng = Math.cos(dLng);
  const y = Math.hypot(cosLat2 * Math.sin(dLng), cosLat1 * sinLat2 - sinLat1 * cosLat2 * cosDLng);
  const x = sinLat1 * sinLat2 + cosLat1 * cosLat2 * cosDLng;
  return EARTH_RADIUS_KM * Math.atan2(y, x);
}
