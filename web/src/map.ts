/**
 * The world map, drawn offline: Natural Earth countries (world-atlas
 * TopoJSON, bundled) in the Equal Earth projection (d3-geo), one marker per
 * alert and, when the alert carries one, its confidence radius as a
 * geodesic circle.
 */
import { geoCircle, geoEqualEarth, geoGraticule10, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { AlertVersion } from '../../functions/domain/feed';
import { svg } from './dom';

const EARTH_KM_PER_DEGREE = 111.195;
const topology = world as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

/** The place's confidence radius (absent from versions stored before the detector gave one). */
export const radiusKm = (a: AlertVersion): number | undefined => a.location?.radiusKm;

export class WorldMap {
  private readonly projection = geoEqualEarth();
  private readonly path = geoPath(this.projection);
  private readonly markers: SVGGElement;
  private selected: string | undefined;

  constructor(
    root: SVGSVGElement,
    private readonly onSelect: (alertId: string) => void,
  ) {
    this.projection.fitExtent(
      [
        [6, 6],
        [954, 494],
      ],
      { type: 'Sphere' },
    );
    const layer = (cls: string, d: string | null) => root.append(svg('path', { class: cls, d: d ?? '' }));
    layer('sphere', this.path({ type: 'Sphere' }));
    layer('graticule', this.path(geoGraticule10()));
    layer('land', this.path(feature(topology, topology.objects.countries)));
    layer('borders', this.path(mesh(topology, topology.objects.countries, (a, b) => a !== b)));
    this.markers = svg('g', { class: 'markers' }) as SVGGElement;
    root.append(this.markers);
  }

  /** One marker per alert (its newest version), most urgent drawn last (on top). */
  show(alerts: readonly AlertVersion[]): void {
    const order = { alert: 0, urgent: 1, flash: 2 } as const;
    this.markers.replaceChildren();
    for (const a of [...alerts].sort((x, y) => order[x.level] - order[y.level])) {
      if (!a.location) continue;
      const { lat, lon, name } = a.location;
      const at = this.projection([lon, lat]);
      if (!at) continue;
      const g = svg('g', {
        class: `marker level-${a.level}`,
        tabindex: '0',
        role: 'button',
        'data-alert-id': a.alertId,
        'aria-label': `${a.level} alert, severity ${a.severity}: ${a.title}, ${name}`,
      }) as SVGGElement;
      g.setAttribute('aria-pressed', String(a.alertId === this.selected));
      const r = radiusKm(a);
      if (r !== undefined) {
        const circle = geoCircle()
          .center([lon, lat])
          .radius(r / EARTH_KM_PER_DEGREE)();
        g.append(svg('path', { class: 'radius', d: this.path(circle) ?? '' }));
      }
      g.append(svg('circle', { class: 'dot', cx: at[0].toFixed(1), cy: at[1].toFixed(1), r: '6' }));
      const title = svg('title');
      title.textContent = `${a.title} (${name})`;
      g.append(title);
      const choose = () => this.onSelect(a.alertId);
      g.addEventListener('click', choose);
      g.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          choose();
        }
      });
      this.markers.append(g);
    }
  }

  select(alertId: string | undefined): void {
    this.selected = alertId;
    for (const g of this.markers.querySelectorAll('.marker'))
      g.setAttribute('aria-pressed', String(g.getAttribute('data-alert-id') === alertId));
  }
}
