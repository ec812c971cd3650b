// Reads the PNG screenshots Chromium writes (8-bit greyscale, RGB or RGBA,
// not interlaced), so a test can look at pixels: enough to tell a painted
// region from a blank one, with no image library.
import { inflateSync } from 'node:zlib';

const CHANNELS = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** Decodes `buffer` to `{ width, height, channels, pixels }` (`pixels`: rows of bytes, filters undone). */
export function decodePng(buffer) {
  if (buffer.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG file');
  let offset = 8;
  let header = null;
  const data = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        depth: body[8],
        colour: body[9],
        interlace: body[12],
      };
    } else if (type === 'IDAT') {
      data.push(body);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  const channels = CHANNELS[header?.colour];
  if (!header || header.depth !== 8 || !channels || header.interlace !== 0) {
    throw new Error(`unsupported PNG: ${JSON.stringify(header)} (expected 8-bit, not interlaced, no palette)`);
  }
  const { width, height } = header;
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = pixels.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[x - channels] : 0;
      const b = up[x];
      const c = x >= channels ? up[x - channels] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (filter !== 0) throw new Error(`bad PNG filter ${filter} on row ${y}`);
      out[x] = v & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/**
 * The share (0–1) of pixels in the rectangle `{ x, y, width, height }` (in
 * image pixels) whose colour differs from the rectangle's most common colour:
 * zero for a blank region, well above zero where text or graphics are painted.
 */
export function inkShare(image, { x, y, width, height }) {
  const { channels, pixels } = image;
  const x0 = Math.max(0, Math.floor(x));
  const y0 = Math.max(0, Math.floor(y));
  const x1 = Math.min(image.width, Math.ceil(x + width));
  const y1 = Math.min(image.height, Math.ceil(y + height));
  const counts = new Map();
  const key = (i) => pixels.readUIntBE(i, Math.min(channels, 3));
  for (let row = y0; row < y1; row++) {
    for (let col = x0; col < x1; col++) {
      const k = key((row * image.width + col) * channels);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const total = (x1 - x0) * (y1 - y0);
  if (total <= 0) return 0;
  let background = 0;
  for (const n of counts.values()) if (n > background) background = n;
  return (total - background) / total;
}
