import { deflateSync } from "node:zlib"

/** A shape of a figure, in pixels from the top left. */
export type Shape =
  | {
      readonly kind: "line"
      readonly x1: number
      readonly y1: number
      readonly x2: number
      readonly y2: number
      readonly width: number
      readonly color: string
    }
  | {
      readonly kind: "rect"
      readonly x: number
      readonly y: number
      readonly w: number
      readonly h: number
      readonly color: string
    }
  | {
      readonly kind: "circle"
      readonly cx: number
      readonly cy: number
      readonly r: number
      readonly color: string
    }
  | {
      readonly kind: "text"
      readonly x: number
      readonly y: number
      readonly text: string
      readonly size: number
      readonly anchor: "start" | "middle" | "end"
      readonly color: string
    }

/** A chart drawn as shapes: rendered as SVG (with its labels) and as a PNG fallback (shapes only). */
export interface Figure {
  readonly title: string
  readonly width: number
  readonly height: number
  readonly shapes: ReadonlyArray<Shape>
}

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

/** The figure as a standalone SVG document. */
export const toSvg = (f: Figure): string => {
  const body = f.shapes.map((s): string => {
    if (s.kind === "line")
      return `<line x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}" stroke="${s.color}" stroke-width="${s.width}"/>`
    if (s.kind === "rect")
      return `<rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" fill="${s.color}"/>`
    if (s.kind === "circle") return `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="${s.color}"/>`
    return `<text x="${s.x}" y="${s.y}" font-size="${s.size}" text-anchor="${s.anchor}" fill="${s.color}">${escapeXml(s.text)}</text>`
  })
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${f.width}" height="${f.height}" viewBox="0 0 ${f.width} ${f.height}" font-family="Arial, Helvetica, sans-serif">`,
    `<title>${escapeXml(f.title)}</title>`,
    `<rect width="${f.width}" height="${f.height}" fill="#ffffff"/>`,
    ...body,
    "</svg>"
  ].join("\n")
}

const rgb = (color: string): [number, number, number] => {
  const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1] ?? "000000"
  return [
    Number.parseInt(hex.slice(0, 2), 16),
    Number.parseInt(hex.slice(2, 4), 16),
    Number.parseInt(hex.slice(4, 6), 16)
  ]
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

const crc32 = (bytes: Uint8Array): number => {
  let c = 0xffffffff
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

const chunk = (type: string, data: Uint8Array): Buffer => {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, "ascii")
  const tail = Buffer.alloc(4)
  tail.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, tail])
}

/** An RGB image encoded as PNG (8-bit truecolour, no filter, zlib through Node's `node:zlib`). */
export const encodePng = (width: number, height: number, rgbPixels: Uint8Array): Buffer => {
  const raw = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0
    raw.set(rgbPixels.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1)
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", new Uint8Array(0))
  ])
}

/** Distance from (px, py) to the segment (x1, y1)–(x2, y2). */
const toSegment = (px: number, py: number, x1: number, y1: number, x2: number, y2: number) => {
  const [dx, dy] = [x2 - x1, y2 - y1]
  const len = dx * dx + dy * dy
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len))
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy))
}

/**
 * The figure's shapes rasterized at `scale` and encoded as PNG: the fallback Word shows where it cannot
 * draw SVG. Text is left out (no font is drawn without a browser); the SVG carries the labels.
 */
export const toPng = (f: Figure, scale = 2): Buffer => {
  const [w, h] = [Math.round(f.width * scale), Math.round(f.height * scale)]
  const px = new Uint8Array(w * h * 3).fill(255)
  const paint = (x: number, y: number, c: [number, number, number]) => {
    if (x < 0 || y < 0 || x >= w || y >= h) return
    px.set(c, (y * w + x) * 3)
  }
  for (const s of f.shapes) {
    if (s.kind === "text") continue
    const c = rgb(s.color)
    if (s.kind === "rect") {
      for (let y = Math.round(s.y * scale); y < Math.round((s.y + s.h) * scale); y++)
        for (let x = Math.round(s.x * scale); x < Math.round((s.x + s.w) * scale); x++) paint(x, y, c)
    } else if (s.kind === "circle") {
      const [cx, cy, r] = [s.cx * scale, s.cy * scale, s.r * scale]
      for (let y = Math.floor(cy - r); y <= Math.ceil(cy + r); y++)
        for (let x = Math.floor(cx - r); x <= Math.ceil(cx + r); x++)
          if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= r) paint(x, y, c)
    } else {
      const [x1, y1, x2, y2] = [s.x1 * scale, s.y1 * scale, s.x2 * scale, s.y2 * scale]
      const half = Math.max(0.5, (s.width * scale) / 2)
      for (let y = Math.floor(Math.min(y1, y2) - half); y <= Math.ceil(Math.max(y1, y2) + half); y++)
        for (let x = Math.floor(Math.min(x1, x2) - half); x <= Math.ceil(Math.max(x1, x2) + half); x++)
          if (toSegment(x + 0.5, y + 0.5, x1, y1, x2, y2) <= half) paint(x, y, c)
    }
  }
  return encodePng(w, h, px)
}
