/**
 * Demo photos drawn locally: landscape scenes (sky, sun, hills, buildings, trees, flags, water) as
 * SVG, rendered to PNG by sharp. Nothing is downloaded. Each scene has an honest Vietnamese alt text
 * that describes what is actually drawn.
 */
import { loadSharp } from '../media/loadSharp.ts';
import { Rng } from './random.ts';

export const SCENE_WIDTH = 1600;
export const SCENE_HEIGHT = 1000;

export type SceneLayout = 'urban' | 'civic' | 'rural' | 'riverside';

export interface Palette {
  key: string;
  /** Completes "dưới bầu trời …" in the alt text. */
  alt: string;
  skyTop: string;
  skyHorizon: string;
  sun: string | null;
  mountain: string;
  hillFar: string;
  hillNear: string;
  ground: string;
  water: string;
  building: string[];
  window: string;
  foliage: string[];
  clouds: number;
}

export const PALETTES: readonly Palette[] = [
  {
    key: 'binh-minh', alt: 'bình minh ửng hồng', skyTop: '#6d8fd1', skyHorizon: '#ffc79a', sun: '#fff0c9',
    mountain: '#7f8db6', hillFar: '#86a77f', hillNear: '#5f9160', ground: '#6fa35a', water: '#7fa7d6',
    building: ['#e8d9c8', '#d9c3ad', '#f1e6d6', '#cdb49c'], window: '#8aa5c7', foliage: ['#3f7d45', '#4f8f4a', '#2f6b3c'], clouds: 3,
  },
  {
    key: 'ban-trua', alt: 'trong xanh buổi trưa', skyTop: '#2b78d4', skyHorizon: '#bfe4ff', sun: '#fffbe3',
    mountain: '#6a8fa8', hillFar: '#6faa62', hillNear: '#4c9a47', ground: '#5fae4e', water: '#3f8fd6',
    building: ['#f4f1ea', '#e3ddd0', '#f7e7c5', '#d6e0e8'], window: '#4d7fb0', foliage: ['#2e7d32', '#388e3c', '#1b5e20'], clouds: 4,
  },
  {
    key: 'hoang-hon', alt: 'hoàng hôn rực đỏ', skyTop: '#3a2a6a', skyHorizon: '#ff8a57', sun: '#ffd37d',
    mountain: '#5a4d7a', hillFar: '#5b5f58', hillNear: '#3f5646', ground: '#4c6b42', water: '#c7745a',
    building: ['#9c7c88', '#8a6b7a', '#b08d8f', '#7a5f70'], window: '#ffd98a', foliage: ['#2f4a34', '#3b5a3a', '#26402c'], clouds: 2,
  },
  {
    key: 'nhieu-may', alt: 'nhiều mây', skyTop: '#8ea5be', skyHorizon: '#e4ebf2', sun: null,
    mountain: '#8796a8', hillFar: '#7f9c7f', hillNear: '#5e8a5f', ground: '#6b9a5c', water: '#8fa9bf',
    building: ['#e6e3dc', '#cfd3d6', '#ddd5c6', '#c2c8cc'], window: '#6d8296', foliage: ['#45774a', '#3c6b42', '#567f4f'], clouds: 7,
  },
  {
    key: 'sau-con-mua', alt: 'sau cơn mưa, mây xám tan dần', skyTop: '#5a7b98', skyHorizon: '#d3e3ea', sun: '#f4f7e8',
    mountain: '#60788c', hillFar: '#5d8f6b', hillNear: '#3d7f55', ground: '#4f9152', water: '#6f95ad',
    building: ['#e9ecef', '#d5dbe0', '#e8dfcf', '#c9d2d9'], window: '#5a7894', foliage: ['#2d6a3e', '#357a45', '#23593a'], clouds: 5,
  },
  {
    key: 'chieu-vang', alt: 'chiều vàng nắng ấm', skyTop: '#4a8fca', skyHorizon: '#ffe2a6', sun: '#fff1b0',
    mountain: '#7390a6', hillFar: '#8fae5c', hillNear: '#6b9c4b', ground: '#86ad4f', water: '#5f9fcf',
    building: ['#fbeed5', '#f0dcb8', '#f6e6c8', '#e2cda8'], window: '#6b8fb8', foliage: ['#4a7d2e', '#5b8f33', '#3e6e2a'], clouds: 3,
  },
];

export const LAYOUTS: readonly { layout: SceneLayout; alt: string; caption: string }[] = [
  {
    layout: 'urban',
    alt: 'khu trung tâm đô thị với dãy nhà cao tầng, con đường rợp bóng cây và cờ đỏ sao vàng hai bên đường',
    caption: 'Diện mạo đô thị khang trang, xanh – sạch – đẹp',
  },
  {
    layout: 'civic',
    alt: 'tòa nhà trụ sở cơ quan hành chính có hàng cột trắng, cột cờ đỏ sao vàng và thảm cỏ, bồn hoa phía trước',
    caption: 'Trụ sở cơ quan hành chính nhà nước',
  },
  {
    layout: 'rural',
    alt: 'cánh đồng lúa xanh bên kênh nước và hàng dừa, nhà mái ngói, phía xa là dãy núi',
    caption: 'Cánh đồng lúa và kênh thủy lợi vùng ven',
  },
  {
    layout: 'riverside',
    alt: 'dòng sông hiền hòa chảy qua thành phố, cây cầu bắc ngang và những chiếc thuyền nhỏ',
    caption: 'Cảnh quan ven sông',
  },
];

export interface SceneSpec {
  index: number;
  key: string; // e.g. "urban-binh-minh"
  layout: SceneLayout;
  palette: Palette;
  /** Describes the drawing, for the `alt` attribute. */
  alt: string;
  /** A neutral caption for the media library. */
  caption: string;
}

/** The 24 demo scenes: every layout under every sky. */
export function sceneSpecs(): SceneSpec[] {
  const out: SceneSpec[] = [];
  for (const l of LAYOUTS) {
    for (const p of PALETTES) {
      out.push({
        index: out.length,
        key: `${l.layout}-${p.key}`,
        layout: l.layout,
        palette: p,
        alt: `Tranh minh họa: ${l.alt}, dưới bầu trời ${p.alt}`,
        caption: `${l.caption} (ảnh minh họa)`,
      });
    }
  }
  return out;
}

const f = (n: number) => n.toFixed(1);

function starPoints(cx: number, cy: number, r: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.382;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push(`${f(cx + radius * Math.cos(a))},${f(cy + radius * Math.sin(a))}`);
  }
  return pts.join(' ');
}

/** A Vietnamese flag on a pole whose foot is at (x, groundY). */
function flag(x: number, groundY: number, pole: number, w: number, rng: Rng): string {
  const h = w * (2 / 3);
  const top = groundY - pole;
  const wave = rng.int(4, 10);
  const path = `M${f(x)},${f(top)} q${f(w / 4)},${-wave} ${f(w / 2)},0 t${f(w / 2)},0 v${f(h)} q${f(-w / 4)},${wave} ${f(-w / 2)},0 t${f(-w / 2)},0 z`;
  return `<line x1="${f(x)}" y1="${f(groundY)}" x2="${f(x)}" y2="${f(top - 6)}" stroke="#d8d8d8" stroke-width="${f(Math.max(3, w / 18))}"/>`
    + `<path d="${path}" fill="#da251d"/>`
    + `<polygon points="${starPoints(x + w / 2, top + h / 2, h * 0.3)}" fill="#ffdd00"/>`;
}

function tree(x: number, baseY: number, size: number, colors: string[], rng: Rng): string {
  const trunk = `<rect x="${f(x - size * 0.08)}" y="${f(baseY - size * 0.9)}" width="${f(size * 0.16)}" height="${f(size * 0.9)}" fill="#6b4a2f"/>`;
  let crown = '';
  for (let i = 0; i < 5; i++) {
    const cx = x + (rng.next() - 0.5) * size * 0.9;
    const cy = baseY - size * (1.0 + rng.next() * 0.6);
    crown += `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(size * (0.35 + rng.next() * 0.25))}" fill="${rng.pick(colors)}"/>`;
  }
  return trunk + crown;
}

function palm(x: number, baseY: number, height: number, color: string, rng: Rng): string {
  const lean = (rng.next() - 0.5) * height * 0.3;
  const topX = x + lean;
  const topY = baseY - height;
  let s = `<path d="M${f(x - 6)},${f(baseY)} Q${f(x + lean * 0.3)},${f(baseY - height * 0.5)} ${f(topX)},${f(topY)} L${f(topX + 5)},${f(topY)} Q${f(x + lean * 0.3 + 8)},${f(baseY - height * 0.5)} ${f(x + 6)},${f(baseY)} z" fill="#7a5a3a"/>`;
  for (let i = 0; i < 7; i++) {
    const a = (-Math.PI * (0.05 + (i / 6) * 0.9));
    const len = height * (0.32 + rng.next() * 0.1);
    const ex = topX + Math.cos(a) * len;
    const ey = topY - Math.sin(a) * len * 0.5 + len * 0.35;
    s += `<path d="M${f(topX)},${f(topY)} Q${f((topX + ex) / 2)},${f(topY - len * 0.35)} ${f(ex)},${f(ey)}" stroke="${color}" stroke-width="${f(Math.min(height * 0.035, 9))}" fill="none" stroke-linecap="round"/>`;
  }
  return s;
}

function building(x: number, baseY: number, w: number, h: number, body: string, windowColor: string, rng: Rng): string {
  let s = `<rect x="${f(x)}" y="${f(baseY - h)}" width="${f(w)}" height="${f(h)}" fill="${body}"/>`;
  s += `<rect x="${f(x)}" y="${f(baseY - h)}" width="${f(w)}" height="${f(Math.min(14, h * 0.05))}" fill="#000" opacity="0.12"/>`;
  const cols = Math.max(2, Math.floor(w / 28));
  const rows = Math.max(2, Math.floor(h / 36));
  const cw = w / cols;
  const rh = h / rows;
  for (let r = 1; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (rng.chance(0.12)) continue;
      s += `<rect x="${f(x + c * cw + cw * 0.22)}" y="${f(baseY - h + r * rh - rh * 0.6)}" width="${f(cw * 0.56)}" height="${f(rh * 0.45)}" fill="${windowColor}" opacity="${(0.7 + rng.next() * 0.3).toFixed(2)}"/>`;
    }
  }
  return s;
}

function cloud(cx: number, cy: number, scale: number, opacity: number): string {
  return `<g fill="#ffffff" opacity="${opacity.toFixed(2)}">`
    + `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(90 * scale)}" ry="${f(34 * scale)}"/>`
    + `<ellipse cx="${f(cx - 55 * scale)}" cy="${f(cy + 8 * scale)}" rx="${f(60 * scale)}" ry="${f(26 * scale)}"/>`
    + `<ellipse cx="${f(cx + 60 * scale)}" cy="${f(cy + 6 * scale)}" rx="${f(70 * scale)}" ry="${f(28 * scale)}"/>`
    + `<ellipse cx="${f(cx + 10 * scale)}" cy="${f(cy - 22 * scale)}" rx="${f(52 * scale)}" ry="${f(30 * scale)}"/></g>`;
}

/** A wavy ridge line from left to right at about `y`, closed down to the bottom. */
function ridge(y: number, amplitude: number, bumps: number, color: string, rng: Rng, bottom = SCENE_HEIGHT): string {
  const step = SCENE_WIDTH / bumps;
  let d = `M0,${f(y)}`;
  for (let i = 0; i < bumps; i++) {
    const x1 = i * step + step / 2;
    const y1 = y - amplitude * (0.4 + rng.next());
    const x2 = (i + 1) * step;
    const y2 = y + (rng.next() - 0.5) * amplitude * 0.6;
    d += ` Q${f(x1)},${f(y1)} ${f(x2)},${f(y2)}`;
  }
  d += ` L${SCENE_WIDTH},${bottom} L0,${bottom} z`;
  return `<path d="${d}" fill="${color}"/>`;
}

/** A lone peak on the horizon (the province's landmark mountain), with a gentle shoulder. */
function mountain(peakX: number, horizon: number, height: number, color: string): string {
  const d = `M${f(peakX - 620)},${f(horizon)} C${f(peakX - 380)},${f(horizon - height * 0.25)} ${f(peakX - 160)},${f(horizon - height)} ${f(peakX)},${f(horizon - height)}`
    + ` C${f(peakX + 120)},${f(horizon - height)} ${f(peakX + 260)},${f(horizon - height * 0.55)} ${f(peakX + 420)},${f(horizon - height * 0.38)}`
    + ` C${f(peakX + 560)},${f(horizon - height * 0.25)} ${f(peakX + 700)},${f(horizon - height * 0.1)} ${f(peakX + 820)},${f(horizon)} z`;
  return `<path d="${d}" fill="${color}"/>`;
}

/** The SVG source of one scene; deterministic for a given spec. */
export function sceneSvg(spec: SceneSpec): string {
  const p = spec.palette;
  const rng = new Rng(0x5eed + spec.index * 7919);
  const W = SCENE_WIDTH;
  const H = SCENE_HEIGHT;
  const horizon = spec.layout === 'riverside' ? 560 : spec.layout === 'rural' ? 600 : 640;
  const parts: string[] = [];
  parts.push(`<defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.skyTop}"/><stop offset="1" stop-color="${p.skyHorizon}"/></linearGradient>
    <linearGradient id="water" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.skyHorizon}"/><stop offset="0.35" stop-color="${p.water}"/><stop offset="1" stop-color="${p.water}" stop-opacity="0.85"/></linearGradient>
    <radialGradient id="glow"><stop offset="0" stop-color="${p.sun ?? '#ffffff'}" stop-opacity="0.9"/><stop offset="1" stop-color="${p.sun ?? '#ffffff'}" stop-opacity="0"/></radialGradient>
  </defs>`);
  parts.push(`<rect width="${W}" height="${H}" fill="url(#sky)"/>`);
  if (p.sun) {
    const sx = rng.int(180, W - 180);
    const sy = spec.palette.key === 'hoang-hon' || spec.palette.key === 'binh-minh' ? horizon - rng.int(90, 170) : rng.int(120, 260);
    parts.push(`<circle cx="${sx}" cy="${sy}" r="190" fill="url(#glow)"/><circle cx="${sx}" cy="${sy}" r="${rng.int(48, 64)}" fill="${p.sun}"/>`);
  }
  for (let i = 0; i < p.clouds; i++) {
    parts.push(cloud(rng.int(60, W - 60), rng.int(70, 330), 0.7 + rng.next() * 0.9, 0.55 + rng.next() * 0.35));
  }
  parts.push(mountain(rng.int(350, W - 450), horizon - 40, rng.int(230, 320), p.mountain));
  parts.push(ridge(horizon - 30, 40, 5, p.hillFar, rng));

  switch (spec.layout) {
    case 'urban': {
      let x = -20;
      while (x < W) {
        const w = rng.int(90, 180);
        const h = rng.int(150, 380);
        parts.push(building(x, horizon + 20, w, h, rng.pick(p.building), p.window, rng));
        x += w + rng.int(6, 30);
      }
      parts.push(`<rect x="0" y="${horizon + 20}" width="${W}" height="${H - horizon - 20}" fill="${p.ground}"/>`);
      // Road in perspective with a dashed centre line.
      parts.push(`<path d="M${W / 2 - 90},${horizon + 20} L${W / 2 + 90},${horizon + 20} L${W / 2 + 620},${H} L${W / 2 - 620},${H} z" fill="#5d6166"/>`);
      for (let i = 0; i < 7; i++) {
        const t0 = i / 7;
        const t1 = t0 + 0.07;
        const y0 = horizon + 20 + (H - horizon - 20) * t0 * t0;
        const y1 = horizon + 20 + (H - horizon - 20) * t1 * t1;
        parts.push(`<line x1="${W / 2}" y1="${f(y0)}" x2="${W / 2}" y2="${f(y1)}" stroke="#f2f2f2" stroke-width="${f(3 + t0 * 12)}"/>`);
      }
      for (let i = 0; i < 4; i++) {
        const t = 0.2 + i * 0.22;
        const y = horizon + 20 + (H - horizon - 20) * t;
        const off = 110 + 560 * t;
        parts.push(tree(W / 2 - off - 40, y, 50 + 110 * t, p.foliage, rng));
        parts.push(tree(W / 2 + off + 40, y, 50 + 110 * t, p.foliage, rng));
        parts.push(flag(W / 2 - off - 8, y, 90 + 200 * t, 40 + 70 * t, rng));
        parts.push(flag(W / 2 + off + 8, y, 90 + 200 * t, 40 + 70 * t, rng));
      }
      break;
    }
    case 'civic': {
      parts.push(`<rect x="0" y="${horizon}" width="${W}" height="${H - horizon}" fill="${p.ground}"/>`);
      const bx = 430;
      const bw = 740;
      const base = horizon + 70;
      const body = p.building[0]!;
      parts.push(`<rect x="${bx - 120}" y="${base - 190}" width="${bw + 240}" height="190" fill="${p.building[1]}"/>`);
      parts.push(building(bx - 120, base, 120, 190, p.building[1]!, p.window, rng));
      parts.push(building(bx + bw, base, 120, 190, p.building[1]!, p.window, rng));
      parts.push(`<rect x="${bx}" y="${base - 280}" width="${bw}" height="280" fill="${body}"/>`);
      parts.push(`<polygon points="${bx - 20},${base - 280} ${bx + bw / 2},${base - 380} ${bx + bw + 20},${base - 280}" fill="${p.building[2]}"/>`);
      parts.push(`<polygon points="${bx + 40},${base - 290} ${bx + bw / 2},${base - 360} ${bx + bw - 40},${base - 290}" fill="${body}" opacity="0.6"/>`);
      parts.push(`<polygon points="${starPoints(bx + bw / 2, base - 322, 22)}" fill="#d4a017"/>`);
      for (let i = 0; i < 8; i++) {
        const cx = bx + 40 + i * ((bw - 80) / 7);
        parts.push(`<rect x="${f(cx - 14)}" y="${base - 262}" width="28" height="230" fill="#fbfbf8"/><rect x="${f(cx - 18)}" y="${base - 272}" width="36" height="12" fill="#eeeeea"/>`);
      }
      for (let i = 0; i < 4; i++) {
        parts.push(`<rect x="${bx - 40 - i * 30}" y="${base - 32 + i * 12}" width="${bw + 80 + i * 60}" height="12" fill="#d9d6cf"/>`);
      }
      parts.push(`<rect x="0" y="${base + 16}" width="${W}" height="${H - base - 16}" fill="${p.hillNear}"/>`);
      parts.push(`<path d="M${W / 2 - 120},${base + 16} L${W / 2 + 120},${base + 16} L${W / 2 + 300},${H} L${W / 2 - 300},${H} z" fill="#cfc9bd"/>`);
      parts.push(flag(W / 2, base + 150, 330, 150, rng));
      for (let i = 0; i < 6; i++) {
        const x = rng.int(60, W / 2 - 360);
        const x2 = rng.int(W / 2 + 360, W - 60);
        const y = rng.int(base + 120, H - 30);
        for (const xx of [x, x2]) {
          parts.push(`<ellipse cx="${xx}" cy="${y}" rx="${rng.int(50, 90)}" ry="${rng.int(16, 26)}" fill="${rng.pick(['#e53950', '#f4a6c0', '#ffd23f', '#ff7f50'])}"/>`);
        }
      }
      parts.push(tree(170, base + 40, 150, p.foliage, rng));
      parts.push(tree(W - 170, base + 40, 150, p.foliage, rng));
      break;
    }
    case 'rural': {
      parts.push(ridge(horizon, 22, 6, p.hillNear, rng));
      const fieldTop = horizon + 30;
      const greens = ['#8cc152', '#7cb342', '#9ccc65', '#689f38', '#aed581'];
      for (let i = 0; i < 9; i++) {
        const y0 = fieldTop + (H - fieldTop) * Math.pow(i / 9, 1.6);
        const y1 = fieldTop + (H - fieldTop) * Math.pow((i + 1) / 9, 1.6);
        parts.push(`<rect x="0" y="${f(y0)}" width="${W}" height="${f(y1 - y0 + 1)}" fill="${greens[i % greens.length]}"/>`);
      }
      for (let i = -8; i <= 8; i++) {
        parts.push(`<line x1="${W / 2 + i * 60}" y1="${fieldTop}" x2="${W / 2 + i * 260}" y2="${H}" stroke="#5d8b34" stroke-width="2" opacity="0.45"/>`);
      }
      // Canal winding towards the viewer.
      parts.push(`<path d="M${W * 0.62},${fieldTop} C${W * 0.55},${fieldTop + 120} ${W * 0.78},${fieldTop + 210} ${W * 0.7},${H} L${W * 0.86},${H} C${W * 0.92},${fieldTop + 220} ${W * 0.64},${fieldTop + 120} ${W * 0.66},${fieldTop} z" fill="url(#water)"/>`);
      for (let i = 0; i < 5; i++) {
        const x = rng.int(80, W * 0.5);
        const y = rng.int(fieldTop + 10, fieldTop + 60);
        parts.push(`<rect x="${x}" y="${y - 36}" width="70" height="36" fill="${rng.pick(p.building)}"/><polygon points="${x - 10},${y - 36} ${x + 35},${y - 66} ${x + 80},${y - 36}" fill="#b5533c"/>`);
      }
      for (let i = 0; i < 9; i++) {
        const x = W * 0.6 + i * 70 + rng.int(-20, 20);
        parts.push(palm(x, fieldTop + 40 + i * 4, rng.int(160, 230), rng.pick(p.foliage), rng));
      }
      parts.push(palm(120, H - 30, 420, p.foliage[0]!, rng));
      break;
    }
    case 'riverside': {
      // Far bank skyline, then the river with the skyline's reflection.
      let x = -10;
      const bank = horizon + 30;
      const skyline: string[] = [];
      while (x < W) {
        const w = rng.int(60, 130);
        const h = rng.int(80, 260);
        skyline.push(building(x, bank, w, h, rng.pick(p.building), p.window, rng));
        x += w + rng.int(4, 40);
      }
      parts.push(...skyline);
      parts.push(`<rect x="0" y="${bank - 8}" width="${W}" height="14" fill="${p.hillNear}"/>`);
      parts.push(`<rect x="0" y="${bank + 6}" width="${W}" height="${H - bank}" fill="url(#water)"/>`);
      parts.push(`<g transform="translate(0 ${2 * (bank + 6)}) scale(1 -1)" opacity="0.22">${skyline.join('')}</g>`);
      for (let i = 0; i < 40; i++) {
        const y = rng.int(bank + 20, H - 10);
        const x0 = rng.int(0, W - 200);
        parts.push(`<line x1="${x0}" y1="${y}" x2="${x0 + rng.int(60, 200)}" y2="${y}" stroke="#ffffff" stroke-width="2" opacity="${(0.15 + rng.next() * 0.3).toFixed(2)}"/>`);
      }
      // Bridge: a deck on arches.
      const deck = bank + 70;
      parts.push(`<rect x="0" y="${deck - 16}" width="${W}" height="22" fill="#c9c3b8"/>`);
      for (let i = 0; i < 5; i++) {
        const ax = i * (W / 5);
        parts.push(`<path d="M${ax},${deck + 6} Q${ax + W / 10},${deck - 90} ${ax + W / 5},${deck + 6}" stroke="#b0a899" stroke-width="10" fill="none"/>`);
        parts.push(`<rect x="${ax - 10}" y="${deck + 6}" width="20" height="70" fill="#a39b8c"/>`);
      }
      for (let i = 0; i < 12; i++) {
        parts.push(`<line x1="${i * 140 + 40}" y1="${deck - 16}" x2="${i * 140 + 40}" y2="${deck - 40}" stroke="#e2ddd3" stroke-width="4"/>`);
      }
      parts.push(flag(W * 0.12, deck - 16, 120, 70, rng));
      parts.push(flag(W * 0.88, deck - 16, 120, 70, rng));
      for (let i = 0; i < 3; i++) {
        const bx = rng.int(150, W - 350);
        const by = rng.int(deck + 120, H - 60);
        const s = 0.8 + rng.next() * 0.8;
        parts.push(`<path d="M${bx},${by} q${f(110 * s)},${f(40 * s)} ${f(220 * s)},0 l${f(-30 * s)},${f(26 * s)} h${f(-160 * s)} z" fill="#7b4a2a"/>`
          + `<rect x="${f(bx + 70 * s)}" y="${f(by - 34 * s)}" width="${f(70 * s)}" height="${f(34 * s)}" fill="#e9d9b5"/>`);
      }
      parts.push(tree(90, H - 20, 170, p.foliage, rng));
      parts.push(tree(W - 110, H - 10, 190, p.foliage, rng));
      break;
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join('')}</svg>`;
}

/** Renders a scene to a PNG buffer (what an editor would upload). */
export async function renderScenePng(spec: SceneSpec): Promise<Buffer> {
  const sharp = await loadSharp();
  return sharp(Buffer.from(sceneSvg(spec))).png({ compressionLevel: 6 }).toBuffer();
}

export interface BannerSpec {
  key: string;
  width: number;
  height: number;
  colors: [string, string, string];
}

/** Wide campaign banners: gradient band, diagonal ribbons and a flag; no text (text belongs in alt). */
export function bannerSvg(spec: BannerSpec, seed: number): string {
  const rng = new Rng(0xba22 + seed * 131);
  const { width: W, height: H, colors } = spec;
  let s = `<defs><linearGradient id="b" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${colors[0]}"/><stop offset="1" stop-color="${colors[1]}"/></linearGradient></defs>`;
  s += `<rect width="${W}" height="${H}" fill="url(#b)"/>`;
  for (let i = 0; i < 6; i++) {
    const x = rng.int(-200, W);
    s += `<polygon points="${x},${H} ${x + 160},${H} ${x + 460},0 ${x + 300},0" fill="${colors[2]}" opacity="${(0.08 + rng.next() * 0.15).toFixed(2)}"/>`;
  }
  for (let i = 0; i < 14; i++) {
    s += `<circle cx="${rng.int(0, W)}" cy="${rng.int(0, H)}" r="${rng.int(6, 40)}" fill="#ffffff" opacity="${(0.05 + rng.next() * 0.12).toFixed(2)}"/>`;
  }
  s += `<rect x="${W - 300}" y="${H / 2 - 70}" width="210" height="140" fill="#da251d"/><polygon points="${starPoints(W - 195, H / 2, 46)}" fill="#ffdd00"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${s}</svg>`;
}

export async function renderBannerPng(spec: BannerSpec, seed: number): Promise<Buffer> {
  const sharp = await loadSharp();
  return sharp(Buffer.from(bannerSvg(spec, seed))).png({ compressionLevel: 6 }).toBuffer();
}
